using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Comparison;
using Spectre.Console;

namespace Benchmark.Cli.Commands;

/// <summary>
/// <c>benchmark stats [--year N] [--out FILE] [--ranks FILE]</c>: group statistics for every indicator × year × group,
/// and with <c>--ranks</c> every observation's rank in its group, computed in the same pass.
/// </summary>
internal sealed class StatsCommand(CliEnvironment env) : AnalysisCommand<StatsSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("indicator", "Indicator", "Indicator"),
        new("year", "Jaar", "Year"),
        new("group", "Groep", "Group"),
        new("method", "Methode", "Method", InText: false),
        new("members", "Leden", "Members", CellKind.Integer, InText: false),
        new("n", "n", "n", CellKind.Integer),
        new("mean", "Gemiddelde", "Mean", CellKind.Number, 2, InText: false),
        new("median", "Mediaan", "Median", CellKind.Number, 2),
        new("q1", "Q1", "Q1", CellKind.Number, 2),
        new("q3", "Q3", "Q3", CellKind.Number, 2),
        new("p10", "P10", "P10", CellKind.Number, 2),
        new("p90", "P90", "P90", CellKind.Number, 2),
        new("iqr", "IQR", "IQR", CellKind.Number, 2, InText: false),
        new("min", "Min", "Min", CellKind.Number, 2, InText: false),
        new("max", "Max", "Max", CellKind.Number, 2, InText: false),
        new("sd", "SD", "SD", CellKind.Number, 2, InText: false),
        new("mad", "MAD", "MAD", CellKind.Number, 2, InText: false),
        new("groupRatio", "Groepsratio", "Group ratio", CellKind.Number, 2),
        new("groupRatioN", "n ratio", "n ratio", CellKind.Integer, InText: false),
        new("suppressed", "Onderdrukt", "Suppressed", InText: false),
        new("quantileMethod", "Kwantiel", "Quantile", InText: false),
    ];

    protected override int Emit(ResultTable table, StatsSettings settings)
    {
        if (settings.Out is null)
        {
            return base.Emit(table, settings);
        }

        try
        {
            using var file = new StreamWriter(Env.Resolve(settings.Out), append: false, new System.Text.UTF8Encoding(false));
            ResultWriter.Write(table, settings.Format == OutputFormat.Json ? OutputFormat.Json : OutputFormat.Csv, settings.Lang, Env.Console, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Env.Error.WriteLine($"benchmark stats: --out {settings.Out}: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }

        Env.Error.WriteLine($"{CliText.Get(settings.Lang, "Geschreven", "Written")}: {settings.Out} ({table.Rows.Count} {CliText.Get(settings.Lang, "rijen", "rows")})");
        return ExitCodes.Ok;
    }

    protected override ResultTable Build(AnalysisSession session, StatsSettings settings)
    {
        var year = settings.Year is { } y ? session.ResolveYear(y) : (int?)null;
        var all = settings.Ranks is { } ranks
            ? StatisticsWritingRanks(session, settings, year, ranks)
            : session.Engine.AllStatistics(settings.PeerSpec, year);
        var method = session.Engine.Options.QuantileMethod.ToString();
        var rows = all.Select(s => Row(s, method)).ToList();
        return new ResultTable("stats", Columns, rows)
        {
            Facts =
            [
                ("peerMethod", "Methode", "Method", settings.PeerSpec.ToString()),
                ("quantileMethod", "Kwantieldefinitie", "Quantile definition", $"Hyndman–Fan {method}"),
                ("minimumGroupSize", "Minimale groepsgrootte", "Minimum group size", session.Engine.Options.MinimumGroupSize),
            ],
            Notes =
            [
                ("Groepsratio = Σ teller / Σ noemer over de leden (gewogen), naast de mediaan van de gemeentelijke ratio's. SD met n − 1; MAD × 1,4826.",
                 "Group ratio = Σ numerator / Σ denominator over the members (weighted), next to the median of the municipal ratios. SD with n − 1; MAD × 1.4826."),
            ],
        };
    }

    /// <summary>The statistics of every group, writing each group's ranks to <paramref name="path"/> as they are computed.</summary>
    private List<GroupStatistics> StatisticsWritingRanks(AnalysisSession session, StatsSettings settings, int? year, string path)
    {
        var statistics = new List<GroupStatistics>();
        try
        {
            var full = Env.Resolve(path);
            ReplaceWithNewFile(full);
            using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            var writer = new RanksCsvWriter(file);
            writer.WriteHeader();
            foreach (var ranking in session.Engine.AllRankings(settings.PeerSpec, year))
            {
                writer.Write(ranking, settings.Lang);
                statistics.Add(ranking.Statistics);
            }

            writer.Flush();
            Env.Error.WriteLine($"{CliText.Get(settings.Lang, "Geschreven", "Written")}: {path} ({writer.Rows} {CliText.Get(settings.Lang, "rangen", "ranks")})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--ranks {path}: {ex.Message}");
        }

        return statistics;
    }

    /// <summary>
    /// Removes an existing regular, non-empty file, so that the ranks go to a new file instead of the old one truncated:
    /// rewriting a truncated file makes the file system write it out when it is closed (ext4's replace-via-truncate
    /// safeguard), which costs a rank file of hundreds of megabytes 0.1 s or more. Links, devices and empty files
    /// (<c>/dev/null</c>) are left alone.
    /// </summary>
    private static void ReplaceWithNewFile(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.LinkTarget is null && (info.Attributes & FileAttributes.ReparsePoint) == 0 && info.Length > 0
            && !path.StartsWith("/dev/", StringComparison.Ordinal))
        {
            info.Delete();
        }
    }

    private static object?[] Row(GroupStatistics s, string method)
    {
        var v = s.Values;
        return
        [
            s.Indicator, s.Year, s.Group.Name, s.Group.Spec, s.Group.Count, s.ValueCount,
            v?.Mean ?? double.NaN, v?.Median ?? double.NaN, v?.Q1 ?? double.NaN, v?.Q3 ?? double.NaN, v?.P10 ?? double.NaN,
            v?.P90 ?? double.NaN, v?.Iqr ?? double.NaN, v?.Min ?? double.NaN, v?.Max ?? double.NaN, v?.StandardDeviation ?? double.NaN,
            v?.Mad ?? double.NaN, s.GroupRatio, s.GroupRatioCount, s.IsSuppressed, method,
        ];
    }
}
