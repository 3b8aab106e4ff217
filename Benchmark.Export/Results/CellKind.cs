namespace Benchmark.Export.Results;

/// <summary>How a column's values are formatted for people (text output and workbook number formats).</summary>
public enum CellKind
{
    /// <summary>Text, left aligned.</summary>
    Text,

    /// <summary>A whole number, thousands separated.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The kind of a cell, named as people know it; it is no type name in this API.")]
    Integer,

    /// <summary>A real number with the column's decimals.</summary>
    Number,

    /// <summary>A percentage: the number followed by <c>%</c>.</summary>
    Percent,

    /// <summary>An amount in euros: <c>€</c> before the number.</summary>
    Euro,

    /// <summary>A yes/no flag (<see cref="bool"/> cells).</summary>
    Flag,
}
