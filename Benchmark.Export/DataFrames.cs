using Benchmark.Data;
using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <summary>
/// Turns the engine's results into <see cref="DataFrame"/>s (Microsoft.Data.Analysis) for exploration, plotting or
/// further statistics: <c>engine.Compare(2024, code).ToDataFrame()</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Column types are explicit, never guessed</b>: every real number is a <see cref="DoubleDataFrameColumn"/> (never
/// <see cref="float"/>, which keeps only about 7 digits and would change euro amounts and medians), counts, ranks,
/// quartiles and years are <see cref="Int32DataFrameColumn"/>, codes and names <see cref="StringDataFrameColumn"/>, and
/// flags <see cref="BooleanDataFrameColumn"/>.
/// </para>
/// <para>
/// <b>Missing is null</b>: where the engine says "no value" with NaN (a missing value, a suppressed group statistic, a
/// figure that cannot be computed), and for ±∞, which no indicator can take, the frame holds <b>null</b>, not NaN.
/// DataFrame's aggregations (<c>Mean</c>, <c>Median</c>, <c>Sum</c>, …), <c>NullCount</c>, <c>DropNulls</c> and
/// <c>FillNulls</c> then treat it as missing, whereas a NaN would silently turn every mean into NaN. A rank or quartile
/// of 0 (the engine's "unranked") is null as well. Every other value is copied exactly as the engine computed it.
/// </para>
/// <para>
/// Column names follow the machine names of the CLI's CSV and JSON output where both have the figure
/// (<c>municipality</c>, <c>percentRank</c>, <c>differenceToMedian</c>, …), so a frame and a
/// <c>benchmark … --format csv</c> file line up. Names meant for people
/// (indicator and group names) are given in the requested language, Dutch by default as in the CLI.
/// </para>
/// <para>
/// Do not read the CSV files with <c>DataFrame.LoadCsv</c>: it guesses column types (decimals become
/// <see cref="float"/>), knows no decimal comma, and bypasses validation. Load them with <c>DatasetLoader</c>
/// (Benchmark.Import) and convert the validated <see cref="Dataset"/> with <see cref="ToDataFrame(Dataset)"/>.
/// </para>
/// </remarks>
public static partial class DataFrames
{
    /// <summary>Every observation of <paramref name="dataset"/> as one row, in storage order (indicator, year, municipality).</summary>
    /// <param name="dataset">The observations, e.g. <c>DatasetLoader.Load(paths).Dataset</c>.</param>
    /// <returns>
    /// Columns <c>municipality</c> (code, e.g. <c>GM0193</c>), <c>year</c> (int), <c>indicator</c> (code),
    /// <c>value</c> (double; null when missing), and the source: <c>file</c>, <c>line</c> (int, 1-based) and
    /// <c>column</c> (the header as written), all three null for a value computed rather than read.
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="dataset"/> is null.</exception>
    public static DataFrame ToDataFrame(this Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new FrameBuilder<Observation>(dataset.Observations)
            .Text("municipality", o => o.Municipality.ToString())
            .Integer("year", o => o.Year)
            .Text("indicator", o => o.Indicator)
            .Number("value", o => o.Value)
            .Text("file", o => o.Source.File)
            .Integer("line", o => o.Source.Line > 0 ? o.Source.Line : null)
            .Text("column", o => o.Source.Column)
            .Build();
    }
}
