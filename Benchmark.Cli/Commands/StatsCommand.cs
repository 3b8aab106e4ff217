using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>
/// <c>benchmark stats [--year N] [--out FILE] [--ranks FILE]</c>: group statistics for every indicator × year × group,
/// and with <c>--ranks</c> every observation's rank in its group, computed in the same pass.
/// </summary>
internal sealed class StatsCommand(CliEnvironment env) : AnalysisCommand<StatsSettings>(env)
{
    protected override ResultTable Build(AnalysisSession session, StatsSettings settings)
    {
        var year = settings.Year is { } y ? session.ResolveYear(y) : (int?)null;
        var all = settings.Ranks is { } ranks
            ? StatisticsWritingRanks(session, settings, year, ranks)
            : year is { } one ? session.Engine.AllStatistics(one, settings.PeerSpec) : session.Engine.AllStatistics(settings.PeerSpec);
        return StatisticsResult.Table(all, settings.PeerSpec, session.Engine.Options);
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
}
