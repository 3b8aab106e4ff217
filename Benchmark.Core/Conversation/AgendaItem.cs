using Benchmark.Municipalities;

namespace Benchmark.Conversation;

/// <summary>
/// An action agreed in a circle meeting (learning agenda): who learns what from whom, with the value it starts from so
/// that next year's reports can show the follow-up.
/// </summary>
/// <param name="Municipality">The municipality that acts (the learner).</param>
/// <param name="Text">The action, e.g. "Zwolle leert van Westland over ICT-kosten per inwoner".</param>
/// <param name="Owner">Who is responsible.</param>
/// <param name="Due">The agreed date.</param>
/// <param name="Indicator">The indicator the action should move.</param>
/// <param name="BaselineYear">The year of the baseline value.</param>
/// <param name="BaselineValue">The indicator's value in the baseline year when the action was agreed.</param>
public sealed record AgendaItem(
    MunicipalityCode Municipality,
    string Text,
    string Owner,
    DateOnly Due,
    string Indicator,
    int BaselineYear,
    double BaselineValue)
{
    /// <summary>The store's id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The learning circle or peer group the action was agreed in, if any.</summary>
    public string? Circle { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
