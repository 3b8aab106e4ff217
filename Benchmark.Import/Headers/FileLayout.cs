namespace Benchmark.Import.Headers;

/// <summary>How a file lays out its data.</summary>
internal enum FileLayout
{
    /// <summary>A row per municipality and year, a column per figure.</summary>
    Wide,

    /// <summary>A row per municipality, year and figure: indicator and value columns.</summary>
    Long,

    /// <summary>A municipality reference: code, name, province, inhabitants; no figure columns beyond inhabitants and area.</summary>
    Municipalities,
}
