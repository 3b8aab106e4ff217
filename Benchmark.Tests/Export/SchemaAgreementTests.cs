using System.Globalization;
using Benchmark.Catalog;
using Benchmark.PeerGroups;
using Benchmark.Export;
using Benchmark.Tests.Cli;
using Benchmark.Text;
using Microsoft.Data.Analysis;
using static Benchmark.Tests.Export.ExportTestData;

namespace Benchmark.Tests.Export;

/// <summary>
/// Issue 11: one column schema per result. What <c>benchmark stats/compare --format csv</c> prints and what
/// <c>ToDataFrame</c> holds come from the same schema, so every column they share has the same value on every row.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static readonly string[] Inputs = [.. Directory.GetFiles(TestPaths.Samples, "benchmark-*.csv").Order(StringComparer.Ordinal)];

    [Test]
    public void StatsCsv_AndStatisticsFrame_AgreeOnEverySharedColumn()
    {
        var run = CliRunner.Run(["stats", "--year", "2024", "--format", "csv", "--input", .. Inputs]);
        var statistics = SampleEngine.AllStatistics(Year, PeerGroupSpec.Parse("default"));

        var frame = statistics.ToDataFrame(Language.English, SampleEngine.Options.QuantileMethod);

        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        AssertAgree(Csv(run.Out), frame, minimumShared: 21);
    }

    [Test]
    public void CompareCsv_AndComparisonFrame_AgreeOnEverySharedColumn()
    {
        var run = CliRunner.Run(["compare", "GM0193", "--year", "2024", "--format", "csv", "--input", .. Inputs]);

        var frame = SampleEngine.Compare(Year, Zwolle).ToDataFrame(Language.English);

        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        AssertAgree(Csv(run.Out), frame, minimumShared: 26);
    }

    [Test]
    public void RankCsv_AndLeagueTableFrame_AgreeOnEverySharedColumn()
    {
        var run = CliRunner.Run(["rank", "--indicator", "overhead_pct", "GM0193", "--year", "2024", "--format", "csv", "--input", .. Inputs]);

        var frame = SampleEngine.Rank(IndicatorCode.Parse("overhead_pct"), Year, PeerGroupSpec.Parse("default"), Zwolle).ToDataFrame(Language.English);

        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        AssertAgree(Csv(run.Out), frame, minimumShared: 8);
    }

    /// <summary>Every CSV column is in the frame (the frame is a superset) with the same value as the CSV writes it.</summary>
    private static void AssertAgree(List<string[]> csv, DataFrame frame, int minimumShared)
    {
        var header = csv[0];
        var names = Names(frame);
        Assert.That(names, Is.SupersetOf(header), "the frame carries every column of the CSV");
        Assert.That(header, Has.Length.GreaterThanOrEqualTo(minimumShared));
        Assert.That(csv, Has.Count.EqualTo(frame.Rows.Count + 1), "one CSV line per frame row");
        Assert.Multiple(() =>
        {
            for (var r = 1; r < csv.Count; r++)
            {
                for (var c = 0; c < header.Length; c++)
                {
                    var key = header[c];
                    var cell = frame[key][r - 1];
                    var expected = key == "rank" && cell is int rank && csv[r][c].Contains('/', StringComparison.Ordinal) ? $"{rank}/{frame["n"][r - 1]}" : AsCsv(cell);
                    Assert.That(csv[r][c], Is.EqualTo(expected), $"row {r}, column {key}");
                }
            }
        });
    }

    /// <summary>A frame value as the invariant CSV writes it.</summary>
    private static string AsCsv(object? cell) => cell switch
    {
        null => string.Empty,
        double d => CsvDialect.Invariant.Number(d),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>The fields of each line (RFC 4180 quoting; the samples hold no line breaks in fields).</summary>
    private static List<string[]> Csv(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Fields)];

    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
