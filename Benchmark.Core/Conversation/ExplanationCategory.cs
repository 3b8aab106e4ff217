namespace Benchmark.Conversation;

/// <summary>Why a value differs, as the circle agreed in the interpretation conversation (duiding).</summary>
public enum ExplanationCategory
{
    /// <summary><c>bewuste-keuze</c>: a deliberate policy choice.</summary>
    DeliberateChoice,

    /// <summary><c>definitieverschil</c>: the municipality counts differently from the definition.</summary>
    DefinitionDifference,

    /// <summary><c>incidenteel</c>: a one-off in this year.</summary>
    Incidental,

    /// <summary><c>datafout</c>: the value is wrong; flagged in every output until corrected data supersede it.</summary>
    DataError,

    /// <summary><c>onbekend</c>: not (yet) explained.</summary>
    Unknown,
}
