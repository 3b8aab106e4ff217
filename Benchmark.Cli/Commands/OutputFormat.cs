namespace Benchmark.Cli.Commands;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Readable tables for people (localised).</summary>
    Text,

    /// <summary>One JSON document (invariant culture, stable field names).</summary>
    Json,

    /// <summary>CSV with one header row (invariant culture, comma separator, decimal point).</summary>
    Csv,

    /// <summary>An Excel workbook (.xlsx) written to <c>--out FILE</c>: numbers as numbers with formats, frozen header.</summary>
    Xlsx,
}
