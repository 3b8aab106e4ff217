using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>League tables: <c>BenchmarkEngine.Rank</c>.</summary>
public sealed class LeagueTableTests
{
    private static string[] Codes(LeagueTable table) => [.. table.Entries.Select(e => e.Municipality.ToString())];

    [Test]
    public void Rank_Overhead_BestFirstTiesByCodeFocusFlagged()
    {
        // 8 (Baarn), 9 (De Bilt GM0310, Bunschoten GM0313: tied, by code), 10, 11, 12 (Soest), 13, 16.
        var engine = Engine();

        var table = engine.Rank(IndicatorCode.Parse("overhead_pct"), Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(Codes(table), Is.EqualTo(new[] { "GM0308", "GM0310", "GM0313", "GM0327", "GM0340", "GM0342", "GM0352", "GM0353" }));
            Assert.That(table.Entries.Select(e => e.Rank), Is.EqualTo(new[] { 1, 2, 2, 4, 5, 6, 7, 8 }));
            Assert.That(table.Entries.Select(e => e.Quartile), Is.EqualTo(new[] { 1, 1, 1, 2, 3, 3, 4, 4 }));
            Assert.That(table.Entries.Select(e => e.PercentRank), Is.EqualTo(new[] { 700.0 / 7, 500.0 / 7, 500.0 / 7, 400.0 / 7, 300.0 / 7, 200.0 / 7, 100.0 / 7, 0 }).Within(1e-12));
            Assert.That(table.Entries.Where(e => e.IsFocus).Select(e => e.Name), Is.EqualTo(new[] { "Soest" }));
            Assert.That(table.Indicator.Code.Value, Is.EqualTo("overhead_pct"));
            Assert.That(table.Statistics.Values!.Median, Is.EqualTo(10.5).Within(1e-12));
        });
    }

    [Test]
    public void Rank_HigherIsBetter_HighestFirst()
    {
        // 7.8 IJsselstein, 7.5 Soest, 7.4 Rhenen, 7.2 Bunschoten, 7.0 De Bilt, 6.8 Baarn, 6.5 Wijk bij Duurstede; Leusden's
        // 7.2 rests on 40 respondents (below the publication threshold): not shown, not ranked, listed last.
        var engine = Engine();

        var table = engine.Rank(IndicatorCode.Parse("employee_satisfaction"), Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(Codes(table), Is.EqualTo(new[] { "GM0353", "GM0342", "GM0340", "GM0313", "GM0310", "GM0308", "GM0352", "GM0327" }));
            Assert.That(table.Entries.Select(e => e.Rank), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7, 0 }));
            Assert.That(table.Entries[^1].Value, Is.NaN);
        });
    }

    [Test]
    public void Rank_MissingValue_ListedLastWithRankZero()
    {
        // Soest has no sickness absence: 4.5 (Wijk bij Duurstede), 5.0, 5.5, 6.0, 6.5, 7.0, 8.0, then Soest.
        var engine = Engine();

        var table = engine.Rank(IndicatorCode.Parse("sickness_absence_pct"), Year, Soest);
        var last = table.Entries[^1];

        Assert.Multiple(() =>
        {
            Assert.That(Codes(table), Is.EqualTo(new[] { "GM0352", "GM0308", "GM0310", "GM0313", "GM0327", "GM0340", "GM0353", "GM0342" }));
            Assert.That(table.Entries.Select(e => e.Rank), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7, 0 }));
            Assert.That(last.IsFocus, Is.True);
            Assert.That(last.Value, Is.NaN);
            Assert.That(last.PercentRank, Is.NaN);
            Assert.That(last.Quartile, Is.Zero);
            Assert.That(table.Entries[0].PercentRank, Is.EqualTo(100), "n − 1 = 6 others, all worse");
        });
    }

    [Test]
    public void Rank_SuppressedGroup_NoRanksAndOrderedByNameNotByValue()
    {
        // Bunnik 12 (changed from 9), Lopik 10, Montfoort 11: three values, fewer than five. Ordered by value the
        // ranking could be read off (Lopik, Montfoort, Bunnik, as before issue #10); by name it cannot.
        var observations = Observations().Select(o => o.Municipality == Bunnik && o.Indicator == "overhead_pct" ? o with { Value = 12 } : o);
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var table = engine.Rank(IndicatorCode.Parse("overhead_pct"), Year, Lopik);

        Assert.Multiple(() =>
        {
            Assert.That(table.Statistics.IsSuppressed, Is.True);
            Assert.That(Codes(table), Is.EqualTo(new[] { "GM0312", "GM0331", "GM0335" }));
            Assert.That(table.Entries.Select(e => e.Rank), Has.All.Zero);
            Assert.That(table.Entries.Select(e => e.Quartile), Has.All.Zero);
            Assert.That(table.Entries.Select(e => e.PercentRank), Has.All.NaN);
            Assert.That(table.Entries.Select(e => e.Value), Is.EqualTo(new[] { 12.0, 10, 11 }));
        });
    }

    [Test]
    public void Rank_WithoutFocus_NoEntryFlagged()
    {
        var engine = Engine();
        var group = engine.Groups(Year, PeerGroupSpec.BySizeClass).Single(g => g.Members.Contains(Soest));

        var table = engine.Rank(IndicatorCode.Parse("overhead_pct"), Year, group);

        Assert.Multiple(() =>
        {
            Assert.That(table.Entries.Select(e => e.IsFocus), Has.All.False);
            Assert.That(table.Entries.Select(e => e.Rank), Is.EqualTo(new[] { 1, 2, 2, 4, 5, 6, 7, 8 }));
        });
    }
}
