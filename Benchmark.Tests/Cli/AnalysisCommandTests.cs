using System.Globalization;
using System.Text.Json;
using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

public sealed class AnalysisCommandTests
{
    private const string Year2024 = "samples/benchmark-2024.csv";

    [Test]
    public void Compare_Json_HasOneRowPerComparableIndicatorWithPositionFigures()
    {
        var run = CliRunner.Run("compare", "GM0193", "--year", "2024", "--input", Year2024, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.That(doc.RootElement.GetProperty("municipality").GetString(), Is.EqualTo("Zwolle (GM0193)"));
        Assert.That(doc.RootElement.GetProperty("peerMethod").GetString(), Is.EqualTo("default"));
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var overhead = rows.Single(r => r.GetProperty("indicator").GetString() == "overhead_pct");
        Assert.That(overhead.GetProperty("rank").GetString(), Does.Match(@"^\d+/\d+$"));
        Assert.That(overhead.GetProperty("quartile").GetInt32(), Is.InRange(1, 4));
        Assert.That(overhead.GetProperty("value").GetDouble(), Is.GreaterThan(0));
        Assert.That(overhead.GetProperty("median").GetDouble(), Is.InRange(overhead.GetProperty("q1").GetDouble(), overhead.GetProperty("q3").GetDouble()));
        Assert.That(rows.Select(r => r.GetProperty("indicator").GetString()), Does.Not.Contain("employee_satisfaction_n"));
    }

    [Test]
    public void Compare_ByName_IsTheSameAsByCode()
    {
        var byCode = CliRunner.Run("compare", "GM0193", "--input", Year2024, "--format", "csv");
        var byName = CliRunner.Run("compare", "Zwolle", "--input", Year2024, "--format", "csv");

        Assert.That(byName.Out, Is.EqualTo(byCode.Out));
        Assert.That(byCode.Out.Split('\n')[0], Does.StartWith("indicator,name,unit,direction,value,n,rank"));
    }

    [Test]
    public void Compare_TextOutput_MatchesSnapshot()
    {
        var run = CliRunner.Run("compare", "GM0193", "--year", "2024", "--input", Year2024, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Snapshot.Match(run.Console, "compare-zwolle-2024.en");
    }

    [TestCase("GM9999", "not in the municipality reference")]
    [TestCase("Atlantis", "neither a CBS code")]
    public void Compare_UnknownMunicipality_ExitsTwoWithAClearMessage(string municipality, string message)
    {
        var run = CliRunner.Run("compare", municipality, "--input", Year2024, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public void Compare_YearWithoutData_ExitsTwoNamingTheYearsThereAre()
    {
        var run = CliRunner.Run("compare", "GM0193", "--year", "2031", "--input", Year2024);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("2031").And.Contain("2024"));
    }

    [TestCase("--peers", "nearby")]
    [TestCase("--peers", "group:Leerkring Oost")]
    [TestCase("--peers", "nearest:0")]
    public void Compare_BadPeerMethod_ExitsTwo(string option, string value)
    {
        var run = CliRunner.Run("compare", "GM0193", "--input", Year2024, option, value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable), run.Console);
    }

    [Test]
    public void Compare_WithoutInput_ExitsTwoAndSaysHow()
    {
        var run = CliRunner.Run("compare", "GM0193");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error + run.Console, Does.Contain("--input"));
    }

    [Test]
    public void Input_ListedAfterOneOption_ReadsEveryFile()
    {
        var run = CliRunner.Run("compare", "GM0193", "--input", "samples/benchmark-2023.csv", Year2024, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var overhead = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "overhead_pct");
        Assert.That(overhead.GetProperty("previousValue").ValueKind, Is.EqualTo(JsonValueKind.Number), "2023 was read too");
    }

    [Test]
    public void Rank_WithoutMunicipality_RanksEverySizeClass()
    {
        var run = CliRunner.Run("rank", "--indicator", "overhead %", "--year", "2024", "--input", Year2024, "--format", "csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var lines = run.Out.Trim().Split('\n');
        Assert.That(lines[0], Is.EqualTo("group,rank,municipality,name,value,percentRank,quartile,focus"));
        Assert.That(lines, Has.Length.EqualTo(343), "one row per municipality plus the header");
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public void Rank_WithMunicipality_RanksItsGroupBestFirstAndMarksIt()
    {
        var run = CliRunner.Run("rank", "GM0193", "--indicator", "overhead_pct", "--input", Year2024, "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var values = rows.Where(r => r.GetProperty("rank").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("value").GetDouble()).ToList();
        Assert.That(values, Is.Ordered.Ascending, "lower is better: rank 1 has the lowest overhead");
        Assert.That(rows.Count(r => r.GetProperty("focus").GetBoolean()), Is.EqualTo(1));
        Assert.That(rows.Single(r => r.GetProperty("focus").GetBoolean()).GetProperty("municipality").GetString(), Is.EqualTo("GM0193"));
    }

    [Test]
    public void Rank_LearningCircleBelowMinimumSize_IsSuppressedWithAReason()
    {
        var run = CliRunner.Run("rank", "--indicator", "overhead_pct", "--input", Year2024, "--groups", "samples/groups.csv", "--peers", "group:G4", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Console, Does.Contain("Too few values in the group (n = 4, minimum 5)"));
    }

    [Test]
    public void Stats_Out_WritesCsvWithOneHeaderAndInvariantNumbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stats-{Guid.NewGuid():N}.csv");
        try
        {
            var run = CliRunner.Run("stats", "--year", "2024", "--input", Year2024, "--out", path);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
            var lines = File.ReadAllLines(path);
            Assert.That(lines[0], Does.StartWith("indicator,year,group,method,members,n,mean,median,q1,q3,p10,p90"));
            var overhead = lines.Where(l => l.StartsWith("overhead_pct,2024,", StringComparison.Ordinal)).ToList();
            Assert.That(overhead, Has.Count.EqualTo(5), "one row per size class");
            var median = double.Parse(overhead[0].Split(',')[7], CultureInfo.InvariantCulture);
            Assert.That(median, Is.InRange(4.0, 20.0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Peers_Nearest_ListsTheFocusAndItsKNearestWithDistancesAscending()
    {
        var run = CliRunner.Run("peers", "GM0193", "--peers", "nearest:10", "--input", Year2024, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(11));
        Assert.That(rows[0].GetProperty("municipality").GetString(), Is.EqualTo("GM0193"));
        Assert.That(rows[0].GetProperty("distance").GetDouble(), Is.Zero);
        Assert.That(rows.Select(r => r.GetProperty("distance").GetDouble()), Is.Ordered.Ascending);
        Assert.That(rows.Skip(1).All(r => r.GetProperty("distance").GetDouble() is > 0 and <= 1), Is.True);
    }

    [Test]
    public void Peers_Nearest_ReportsStabilityAgainstThePreviousYear()
    {
        var run = CliRunner.Run("peers", "GM0193", "--peers", "nearest", "--input", "samples/benchmark-2023.csv", Year2024, "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        Assert.That(doc.RootElement.GetProperty("stability").GetDouble(), Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Partners_ForOneIndicator_AreBestQuartileMembersNearestFirst()
    {
        var run = CliRunner.Run("partners", "GM0193", "--indicator", "overhead_pct", "--input", Year2024, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows, Has.Count.InRange(1, 5));
        Assert.That(rows.Select(r => r.GetProperty("distance").GetDouble()), Is.Ordered.Ascending);
        Assert.That(rows.All(r => r.GetProperty("value").GetDouble() < r.GetProperty("ownValue").GetDouble()), Is.True, "partners do better on a lower-is-better indicator");
        Assert.That(rows.Select(r => r.GetProperty("municipality").GetString()), Does.Not.Contain("GM0193"));
    }
}
