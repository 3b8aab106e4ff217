namespace Benchmark.Reports.Model;

/// <summary>Explanations kept with values and the learning agenda's follow-up (municipality page or circle talking points).</summary>
/// <param name="Heading">The page heading.</param>
/// <param name="Intro">What the page shows.</param>
/// <param name="ExplanationsHeading">The heading of the explanations table.</param>
/// <param name="Explanations">One row per explained value (data errors flagged).</param>
/// <param name="AgendaHeading">The heading of the agenda table.</param>
/// <param name="Agenda">One row per agreed action with its follow-up.</param>
/// <param name="Notes">How to read the follow-up.</param>
public sealed record DuidingSection(
    string Heading,
    string Intro,
    string ExplanationsHeading,
    TextTable Explanations,
    string AgendaHeading,
    TextTable Agenda,
    IReadOnlyList<string> Notes);
