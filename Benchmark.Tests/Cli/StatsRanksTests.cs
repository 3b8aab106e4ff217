using System.Globalization;
using Benchmark.Catalog;
using Benchmark.PeerGroups;
using Benchmark.Tests.Export;

namespace Benchmark.Tests.Cli;

public sealed class StatsRanksTests
{
    private static readonly string Year2024 = Path.Combine(TestPaths.Samples, "benchmark-2024.csv");

    [Test]
    public void Stats_WithRanksOverAnExistingFile_ReplacesItWhole()
    {
        var ranks = Path.Combine(Path.GetTempPath(), $"ranks-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(ranks, string.Concat(Enumerable.Repeat("left over from an earlier run\n", 20_000)));

            var run = CliRunner.Run("stats", "--year", "2024", "--input", Year2024, "--ranks", ranks, "--format", "csv");

            Assert.That(run.ExitCode, Is.Zero, run.ToString);
            var text = File.ReadAllText(ranks);
            Assert.That(text, Does.StartWith("indicator,year,group,code,rank\n").And.Not.Contain("left over"));
        }
        finally
        {
            File.Delete(ranks);
        }
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Stats_WithRanksOverAnExistingFile_KeepsItsPermissions()
    {
        var ranks = Path.Combine(Path.GetTempPath(), $"ranks-{Guid.NewGuid():N}.csv");
        try
        {
            // A permission the user chose (not the default a new file gets): a replacement without it would lose it.
            File.WriteAllText(ranks, "left over from an earlier run\n");
            const UnixFileMode chosen = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            File.SetUnixFileMode(ranks, chosen);

            var run = CliRunner.Run("stats", "--year", "2024", "--input", Year2024, "--ranks", ranks, "--format", "csv");

            Assert.That(run.ExitCode, Is.Zero, run.ToString);
            Assert.That(File.GetUnixFileMode(ranks), Is.EqualTo(chosen));
            Assert.That(File.ReadAllText(ranks), Does.StartWith("indicator,year,group,code,rank\n"));
        }
        finally
        {
            File.Delete(ranks);
        }
    }

    [Test]
    public void Stats_WithRanks_WritesEveryRankedValueAsTheLeagueTableRanksIt()
    {
        var ranks = Path.Combine(Path.GetTempPath(), $"ranks-{Guid.NewGuid():N}.csv");
        try
        {
            var run = CliRunner.Run("stats", "--year", "2024", "--peers", "size-class", "--input", Year2024, "--ranks", ranks, "--format", "csv", "--lang", "en");

            Assert.That(run.ExitCode, Is.Zero, run.ToString);
            var lines = File.ReadAllLines(ranks);
            Assert.That(lines[0], Is.EqualTo("indicator,year,group,code,rank"));
            var rows = lines.Skip(1).Select(SplitCsv).ToList();
            var engine = ExportTestData.SampleEngine;
            var overhead = engine.Rank(IndicatorCode.Parse("overhead_pct"), 2024, ExportTestData.Zwolle);
            var zwolle = overhead.Entries.Single(e => e.IsFocus);
            var row = rows.Single(r => r[0] == "overhead_pct" && r[3] == "GM0193");
            Assert.That(row[1], Is.EqualTo("2024"));
            Assert.That(row[2], Is.EqualTo(overhead.Statistics.Group.Name.En));
            Assert.That(int.Parse(row[4], CultureInfo.InvariantCulture), Is.EqualTo(zwolle.Rank));

            var expected = engine.AllRankings(2024, PeerGroupSpec.Parse("size-class")).Sum(r => r.Ranks.Count(x => x > 0));
            Assert.That(rows, Has.Count.EqualTo(expected));
            Assert.That(rows.Select(r => (r[0], r[3])).Distinct().Count(), Is.EqualTo(rows.Count), "one rank per indicator and municipality: size classes partition");
            Assert.That(run.Out, Does.StartWith("indicator,year,group,"), "the statistics still go to the output");
        }
        finally
        {
            File.Delete(ranks);
        }
    }

    [Test]
    public void Stats_RanksInAFolderThatCannotBeMade_IsAUsageError()
    {
        // A missing folder is created (as for every --out); one under a file cannot be.
        var file = Path.GetTempFileName();
        try
        {
            var run = CliRunner.Run("stats", "--input", Year2024, "--ranks", Path.Combine(file, "r.csv"));

            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("--ranks"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Splits a CSV line whose fields may be quoted (group names hold commas: "50,000–100,000").</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
