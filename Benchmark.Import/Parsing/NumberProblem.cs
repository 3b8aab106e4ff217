namespace Benchmark.Import.Parsing;

/// <summary>Why a cell is not a number.</summary>
internal enum NumberProblem
{
    /// <summary>No problem.</summary>
    None,

    /// <summary>Text that is not a number in either decimal convention.</summary>
    NotNumeric,

    /// <summary>A <c>%</c> sign on a figure that is not a percentage.</summary>
    PercentNotAllowed,

    /// <summary>A <c>€</c> sign on a figure that is not in euros.</summary>
    EuroNotAllowed,

    /// <summary>A number too large for a double.</summary>
    TooLarge,
}
