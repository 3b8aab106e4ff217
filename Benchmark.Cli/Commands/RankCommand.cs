using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark rank --indicator CODE --year N [GMxxxx]</c>: the league table of a peer group (or of every group of the method).</summary>
internal sealed class RankCommand(CliEnvironment env) : AnalysisCommand<RankSettings>(env)
{
    protected override ResultTable Build(AnalysisSession session, RankSettings settings)
    {
        var engine = session.Engine;
        var indicator = IndicatorLookup.Find(engine, settings.Indicator);
        var year = session.ResolveYear(settings.Year);
        var tables = settings.Municipality is { } m
            ? [engine.Rank(indicator.Code, year, settings.PeerSpec, session.ResolveMunicipality(m))]
            : engine.Groups(year, settings.PeerSpec).Select(g => engine.Rank(indicator.Code, year, g)).ToList();
        return RankingResult.Table(tables, indicator, year, settings.PeerSpec);
    }
}
