using Benchmark.Municipalities;

namespace Benchmark.Samples.Scale;

/// <summary>What <see cref="ScaleGenerator"/> generates. Every default is documented; change with <c>with { … }</c>.</summary>
public sealed record ScaleOptions
{
    /// <summary>
    /// The largest number of units: the code space GM0000–GM99999 (<see cref="MunicipalityCode.MaxNumber"/> + 1;
    /// beyond GM9999 the extended codes GM10000, GM10001, …).
    /// </summary>
    public const int MaxUnits = MunicipalityCode.MaxNumber + 1;

    /// <summary>The default options: 340 units, 10 years, 10 indicators, seed 1.</summary>
    public static ScaleOptions Default { get; } = new();

    /// <summary>The number of units (municipalities), 1–100,000; unit i gets code GM0000 + i (GM10000 and up: extended codes).</summary>
    public int Units { get; init; } = 340;

    /// <summary>The number of consecutive years, 1–100, ending with <see cref="LastYear"/>.</summary>
    public int Years { get; init; } = 10;

    /// <summary>The last year. Default 2024.</summary>
    public int LastYear { get; init; } = 2024;

    /// <summary>The number of synthetic indicators (<c>syn_01</c>, <c>syn_02</c>, …), 1–999.</summary>
    public int Indicators { get; init; } = 10;

    /// <summary>The seed: the same options give the same bytes on every machine.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The layout of the data file. Default <see cref="ScaleLayout.Long"/>.</summary>
    public ScaleLayout Layout { get; init; } = ScaleLayout.Long;

    /// <summary>The share of values written as missing (an empty cell), 0–0.5. Default 0.02.</summary>
    public double MissingRate { get; init; } = 0.02;

    /// <summary>
    /// The number of planted outliers (values multiplied or divided by six); <see langword="null"/> for one per 100,000
    /// cells, at least three (capped at the number of cells).
    /// </summary>
    public int? Outliers { get; init; }

    /// <summary>The first year.</summary>
    public int FirstYear => LastYear - Years + 1;

    /// <summary>The number of cells: units × years × indicators (the rows of a long file).</summary>
    public long Cells => (long)Units * Years * Indicators;

    /// <summary>The number of planted outliers after applying the default.</summary>
    public int OutlierCount => (int)Math.Min(Cells, Outliers ?? Math.Max(3, Cells / 100_000));

    /// <summary>Throws when an option is out of its range.</summary>
    /// <exception cref="ArgumentException">When an option is out of its documented range.</exception>
    public void Check()
    {
        if (Units is < 1 or > MaxUnits)
        {
            throw new ArgumentException($"Units ({Units}) must lie within 1–{MaxUnits}: codes run from GM0000 to GM99999.", nameof(Units));
        }

        if (Years is < 1 or > 100)
        {
            throw new ArgumentException($"Years ({Years}) must lie within 1–100.", nameof(Years));
        }

        if (FirstYear < 1990 || LastYear > 2100)
        {
            throw new ArgumentException($"The years {FirstYear}–{LastYear} must lie within 1990–2100 (the importer's default range).", nameof(LastYear));
        }

        if (Indicators is < 1 or > 999)
        {
            throw new ArgumentException($"Indicators ({Indicators}) must lie within 1–999.", nameof(Indicators));
        }

        if (MissingRate is not (>= 0 and <= 0.5))
        {
            throw new ArgumentException($"MissingRate ({MissingRate}) must lie within 0–0.5.", nameof(MissingRate));
        }

        if (Outliers < 0)
        {
            throw new ArgumentException("Outliers must not be negative.", nameof(Outliers));
        }

    }
}
