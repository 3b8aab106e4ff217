namespace Benchmark.Import.Headers;

/// <summary>What a column of a file holds, as its header says.</summary>
internal enum ColumnRole
{
    /// <summary>A header that names nothing known.</summary>
    Unknown,

    /// <summary>An empty header.</summary>
    Empty,

    /// <summary>The municipality code.</summary>
    Code,

    /// <summary>The municipality name.</summary>
    Name,

    /// <summary>The year.</summary>
    Year,

    /// <summary>The indicator of a long file.</summary>
    Indicator,

    /// <summary>The value of a long file.</summary>
    Value,

    /// <summary>The province.</summary>
    Province,

    /// <summary>A unit column (long files): ignored, units come from the catalogue.</summary>
    Unit,

    /// <summary>A source column: ignored.</summary>
    Source,

    /// <summary>The first year a municipality exists (reference files).</summary>
    ValidFrom,

    /// <summary>The last year a municipality exists (reference files).</summary>
    ValidTo,

    /// <summary>A figure of the catalogue (wide files).</summary>
    Figure,

    /// <summary>A second column for a role or figure already taken: ignored.</summary>
    Duplicate,
}
