using Benchmark.Catalog;
using Benchmark.Municipalities;

namespace Benchmark.Import;

/// <summary>How files are read. Every default is what a Dutch analyst's Excel or CBS export needs.</summary>
public sealed record ImportOptions
{
    private readonly MunicipalityRegistry? _municipalities;

    /// <summary>The default options: built-in catalogue and municipality reference, everything detected.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The indicator catalogue whose codes and aliases name the columns. Default: <see cref="IndicatorCatalog.Default"/>.</summary>
    public IndicatorCatalog Catalog { get; init; } = IndicatorCatalog.Default;

    /// <summary>
    /// The municipality reference codes and names are checked against. Default: the built-in CBS 2024 reference
    /// (<see cref="BuiltInMunicipalities.Registry"/>), loaded when first needed.
    /// </summary>
    public MunicipalityRegistry Municipalities
    {
        get => _municipalities ?? BuiltInMunicipalities.Registry;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _municipalities = value;
        }
    }

    /// <summary>The decimal convention; <see cref="DecimalConvention.Auto"/> detects it per file.</summary>
    public DecimalConvention DecimalConvention { get; init; } = DecimalConvention.Auto;

    /// <summary>The first accepted year (inclusive). Default 1990.</summary>
    public int FirstYear { get; init; } = 1990;

    /// <summary>The last accepted year (inclusive). Default 2100.</summary>
    public int LastYear { get; init; } = 2100;

    /// <summary>
    /// Headers that may look like a catalogue column but are meant to be ignored (<c>--ignore-column</c>): matched
    /// case-, space- and accent-insensitively, they give an info finding instead of the
    /// <see cref="Validation.Rules.ProbableTypo"/> error. Default: none.
    /// </summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>
    /// The worksheet a workbook (.xlsx) is read from, by name (case-insensitive); <see langword="null"/>: the first
    /// visible sheet. Text files ignore it.
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// The largest record, in bytes of its UTF-8 text (characters for plain ASCII), before the reader gives up on a
    /// runaway quote: the rest of the file is then reported as unreadable from the line where that record starts.
    /// Checked when the reader needs more input, so a longer record that is already buffered (64 KiB) may still be
    /// read. Default 1,000,000.
    /// </summary>
    public int MaxRecordSize { get; init; } = 1_000_000;

    /// <summary>
    /// Told how far each file has been read (by bytes, at most about a hundred times per file), for a progress display;
    /// <see langword="null"/> (the default): nobody is told. Reports come from the reading thread.
    /// </summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
