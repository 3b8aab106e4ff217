using Benchmark.Comparison;
using Benchmark.Export.Results;
using Benchmark.Text;
using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <content>League tables and learning partners.</content>
public static partial class DataFrames
{
    /// <summary>One row per entry of <paramref name="table"/>, best first, the municipalities without a value last.</summary>
    /// <param name="table">The result of <c>engine.Rank(indicator, year, …)</c>.</param>
    /// <param name="language">The language of the <c>group</c> column (Dutch by default; the CLI's files are English).</param>
    /// <returns>
    /// The columns of <c>benchmark rank --format csv</c> (<see cref="RankingResult"/>), with the same values, plus
    /// <c>indicator</c> (code) and <c>year</c> (int) first: <c>group</c> (its name and number of values, e.g.
    /// <c>Size class 3 (n = 12)</c>) — the same on every row, so that tables of several groups can be appended —,
    /// <c>rank</c> (int, 1 = best; null when unranked: no value, or the group is suppressed), <c>municipality</c> (code),
    /// <c>name</c>, <c>value</c> (double; null when missing), <c>percentRank</c> (double, 100 = best; null when
    /// unranked), <c>quartile</c> (int 1–4, 1 = best; null when unranked) and <c>focus</c> (bool).
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="table"/> is null.</exception>
    public static DataFrame ToDataFrame(this LeagueTable table, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(table);
        return ResultFrame.Of(RankingResult.Schema.Table(RankingResult.Rows(table)), language);
    }

    /// <summary>One row per learning partner, in the order given (per indicator, structurally nearest first).</summary>
    /// <param name="partners">The result of <c>engine.Partners(year, code)</c> or <c>engine.Partners(indicator, year, code)</c>.</param>
    /// <returns>
    /// <c>indicator</c> (code), <c>municipality</c> (the partner's code), <c>name</c>, <c>value</c> (double),
    /// <c>rank</c> (int, in the group, 1 = best) and <c>distance</c> (double, structural distance 0–1; null when unknown).
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="partners"/> is null.</exception>
    public static DataFrame ToDataFrame(this IEnumerable<LearningPartner> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        return new FrameBuilder<LearningPartner>(partners)
            .Text("indicator", p => p.Indicator)
            .Text("municipality", p => p.Municipality.ToString())
            .Text("name", p => p.Name)
            .Number("value", p => p.Value)
            .Integer("rank", p => p.Rank)
            .Number("distance", p => p.Distance)
            .Build();
    }
}
