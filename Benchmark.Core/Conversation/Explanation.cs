using Benchmark.Municipalities;

namespace Benchmark.Conversation;

/// <summary>
/// An explanation kept with one value (municipality × indicator × year). Editing writes a new revision; the history is
/// every revision, oldest first.
/// </summary>
/// <param name="Municipality">The municipality whose value is explained.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Year">The year of the value.</param>
/// <param name="Category">Why the value differs.</param>
/// <param name="Text">The explanation in the municipality's words.</param>
/// <param name="Author">Who wrote this revision.</param>
/// <param name="WrittenAt">When this revision was written (UTC).</param>
public sealed record Explanation(
    MunicipalityCode Municipality,
    string Indicator,
    int Year,
    ExplanationCategory Category,
    string Text,
    string Author,
    DateTimeOffset WrittenAt)
{
    /// <summary>The revision number, 1 for the first text; 0 before it is stored.</summary>
    public int Revision { get; init; }

    /// <summary>
    /// For a <see cref="ExplanationCategory.DataError"/>: whether data stored after the explanation replaced the value
    /// (then the flag is lifted). Always false for other categories.
    /// </summary>
    public bool IsCorrected { get; init; }

    /// <summary>Whether outputs must flag the value as a data error: a <c>datafout</c> not yet corrected.</summary>
    public bool FlagsDataError => Category == ExplanationCategory.DataError && !IsCorrected;
}
