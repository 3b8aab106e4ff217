using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Chooses the key message of a municipality report: the unfavourable positions (quartile 3 or 4) first — those with a
/// gap to the best quartile in euros by that amount, the others by their gap relative to the best-quartile boundary —
/// then the strongest favourable one, at most <see cref="MaxFindings"/>; filled up to <see cref="MinFindings"/> with the
/// next positions by how far they are from the median.
/// </summary>
internal static class KeyMessage
{
    public const int MinFindings = 3;
    public const int MaxFindings = 5;

    public static KeySection For(ReportContext c)
    {
        var w = c.Language;
        var ranked = c.Comparison.Positions.Where(p => p.Indicator.Direction != Direction.Neutral && p.Quartile > 0 && double.IsFinite(p.Value)).ToList();
        var weak = ranked.Where(p => p.Quartile >= 3)
            .OrderByDescending(p => double.IsFinite(p.GapToBestQuartileEuros) ? 1 : 0)
            .ThenByDescending(p => double.IsFinite(p.GapToBestQuartileEuros) ? p.GapToBestQuartileEuros : RelativeGap(p))
            .Take(MaxFindings - 1)
            .ToList();
        var strong = ranked.Where(p => p.Quartile == 1).OrderByDescending(p => p.PercentRank).Take(1);
        var chosen = weak.Concat(strong).ToList();
        chosen.AddRange(ranked.Except(chosen).OrderByDescending(p => Math.Abs(p.DifferenceToMedianPercent)).Take(Math.Max(0, MinFindings - chosen.Count)));
        var findings = chosen.Select(p => new KeyFinding(Sentence(c, p), Tones.Of(p.Indicator.Direction, p.Quartile))).ToList();
        var intro = w.Format(
            "De belangrijkste posities van {0} in {1} ({2}), {3}: eerst de minst gunstige, gerangschikt naar het bedrag in euro of de afstand tot het beste kwartiel, dan de sterkste.",
            "The main positions of {0} in {1} ({2}), {3}: the least favourable first, ranked by the amount in euros or the distance to the best quartile, then the strongest.",
            c.FocusName,
            w.Pick(c.Group.Name),
            w.Counted(c.Group.Count, "gemeente", "gemeenten", "municipality", "municipalities"),
            c.Year);
        return new KeySection(w.Pick("Kernboodschap", "Key message"), intro, findings);
    }

    /// <summary>The gap to the best quartile as a share of the boundary's size, so gaps in different units compare.</summary>
    private static double RelativeGap(IndicatorPosition p)
    {
        var boundary = p.Indicator.Direction == Direction.LowerIsBetter ? p.Group.Values?.Q1 : p.Group.Values?.Q3;
        return boundary is { } b && b != 0 && double.IsFinite(p.GapToBestQuartile) ? Math.Abs(p.GapToBestQuartile / b) : 0;
    }

    private static string Sentence(ReportContext c, IndicatorPosition p)
    {
        var w = c.Language;
        var n = c.Numbers;
        var unit = p.Indicator.Unit;
        var name = w.Pick(p.Indicator.Name);
        var head = w.Format("{0}: {1}, rang {2} van {3}", "{0}: {1}, rank {2} of {3}", name, n.Value(p.Value, unit), p.Rank, p.RankedCount);
        if (p.Quartile == 1)
        {
            return head + w.Pick(" — in het beste kwartiel van de groep.", " — in the best quartile of the group.");
        }

        var median = p.Group.Values?.Median ?? double.NaN;
        var side = (p.Value > median) ? w.Pick("boven", "above") : w.Pick("onder", "below");
        var toMedian = double.IsFinite(p.DifferenceToMedianEuros)
            ? w.Format("{0} {1} de mediaan", "{0} {1} the median", n.Money(Math.Abs(p.DifferenceToMedianEuros)), side)
            : w.Format("{0} {1} de mediaan ({2})", "{0} {1} the median ({2})", n.Difference(p.DifferenceToMedian, unit), side, n.Value(median, unit));
        var toBest = double.IsFinite(p.GapToBestQuartileEuros)
            ? w.Format("{0} tot het beste kwartiel", "{0} to the best quartile", n.Money(p.GapToBestQuartileEuros))
            : double.IsFinite(p.GapToBestQuartile)
                ? w.Format("{0} tot het beste kwartiel", "{0} to the best quartile", n.Difference(p.GapToBestQuartile, unit))
                : null;
        return head + " — " + toMedian + (toBest is null ? "." : ", " + toBest + ".");
    }
}
