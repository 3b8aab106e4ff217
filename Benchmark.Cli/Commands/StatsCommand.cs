using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Comparison;
using Spectre.Console;
using Benchmark.Text;

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
        new("mad", "Geschaalde MAD", "Scaled MAD", CellKind.Number, 2, InText: false),
        new("groupRatio", "Groepsratio", "Group ratio", CellKind.Number, 2),
        new("groupRatioN", "n ratio", "n ratio", CellKind.Integer, InText: false),
        new("suppressed", "Onderdrukt", "Suppressed", InText: false),
        new("quantileMethod", "Kwantiel", "Quantile", InText: false),
    ];

    protected override ResultTable Build(AnalysisSession session, StatsSettings settings)
    {
        var year = settings.Year is { } y ? session.ResolveYear(y) : (int?)null;
        var all = settings.Ranks is { } ranks
            ? StatisticsWritingRanks(session, settings, year, ranks)
            : year is { } one ? session.Engine.AllStatistics(one, settings.PeerSpec) : session.Engine.AllStatistics(settings.PeerSpec);
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
                ("Groepsratio = Σ teller / Σ noemer over de leden (gewogen), naast de mediaan van de gemeentelijke ratio's. SD met n − 1; geschaalde MAD = mediaan van |x − mediaan| × 1,4826 (als R's mad()).",
                 "Group ratio = Σ numerator / Σ denominator over the members (weighted), next to the median of the municipal ratios. SD with n − 1; scaled MAD = median of |x − median| × 1.4826 (as R's mad())."),
            ],
        };
    }

    /// <summary>The statistics of every group, writing each group's ranks to <paramref name="path"/> as they are computed.</summary>
    private List<GroupStatistics> StatisticsWritingRanks(AnalysisSession session, StatsSettings settings, int? year, string path)
    {
        var statistics = new List<GroupStatistics>();
        try
        {
            // A new file renamed over the old one: never a truncated rank file, and no rewrite-on-close of a truncated one.
            var writer = OutputFile.Write(Env.Resolve(path), file =>
            {
                var ranks = new RanksCsvWriter(file);
                ranks.WriteHeader();
                foreach (var ranking in year is { } one ? session.Engine.AllRankings(one, settings.PeerSpec) : session.Engine.AllRankings(settings.PeerSpec))
                {
                    ranks.Write(ranking, settings.Lang);
                    statistics.Add(ranking.Statistics);
                }

                ranks.Flush();
                return ranks;
            });
            Env.Error.WriteLine($"{settings.Lang.Pick("Geschreven", "Written")}: {path} ({writer.Rows} {settings.Lang.Pick("rangen", "ranks")})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--ranks {path}: {UsageException.TextOf(ex, Language.Dutch)}", $"--ranks {path}: {UsageException.TextOf(ex, Language.English)}");
        }

        return statistics;
    }

    private static object?[] Row(GroupStatistics s, string method)
    {
        var v = s.Values;
        return
        [
            s.Indicator, s.Year, s.Group.Name, s.Group.Spec, s.Group.Count, s.ValueCount,
            v?.Mean ?? double.NaN, v?.Median ?? double.NaN, v?.Q1 ?? double.NaN, v?.Q3 ?? double.NaN, v?.P10 ?? double.NaN,
            v?.P90 ?? double.NaN, v?.Iqr ?? double.NaN, v?.Min ?? double.NaN, v?.Max ?? double.NaN, v?.StandardDeviation ?? double.NaN,
            v?.ScaledMad ?? double.NaN, s.GroupRatio, s.GroupRatioCount, s.IsSuppressed, method,
        ];
    }
}
