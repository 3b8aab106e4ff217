namespace Benchmark.Reports.Model;

/// <summary>The first page: what the report is about and what it rests on.</summary>
/// <param name="Kicker">A small line above the title, e.g. "Benchmark bedrijfsvoering".</param>
/// <param name="Title">The title, e.g. the municipality's name.</param>
/// <param name="Subtitle">A line under the title, e.g. "Vergelijking 2024".</param>
/// <param name="Facts">Labelled facts: peer group, method, datasets, method version, generation date.</param>
/// <param name="Notes">Paragraphs under the facts (e.g. how to read the report, the member list).</param>
public sealed record CoverPage(string Kicker, string Title, string Subtitle, IReadOnlyList<Fact> Facts, IReadOnlyList<string> Notes)
{
    /// <summary>The heading of the facts when they are printed as a compact block (e.g. "Herkomst en methode").</summary>
    public string ProvenanceHeading { get; init; } = "Herkomst en methode";
}
