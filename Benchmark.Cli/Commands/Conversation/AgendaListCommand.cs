using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Conversation;
using Benchmark.Store.Conversation;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>
/// <c>benchmark agenda list [MUNICIPALITY] [--year Y]</c>: the learning agenda with its follow-up — movement since the
/// baseline, in the better direction or not, against the peer median's movement over the same years.
/// </summary>
internal sealed class AgendaListCommand(CliEnvironment env) : AnalysisCommand<AgendaListSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("id", "Nr", "No", CellKind.Integer, InText: false),
        new("municipality", "Gemeente", "Municipality", NoWrap: true),
        new("action", "Actie", "Action"),
        new("owner", "Eigenaar", "Owner", InText: false),
        new("due", "Streefdatum", "Due", InText: false),
        new("indicator", "Indicator", "Indicator"),
        new("baselineYear", "Basisjaar", "Baseline year", CellKind.Integer, InText: false),
        new("baseline", "Basis", "Baseline", CellKind.Number, 2),
        new("year", "Jaar", "Year", CellKind.Integer, InText: false),
        new("value", "Nu", "Now", CellKind.Number, 2),
        new("improvement", "Verbetering", "Improvement", CellKind.Number, 2),
        new("peerImprovement", "Verbetering groep", "Peer improvement", CellKind.Number, 2, InText: false),
        new("beyondPeers", "Meer dan groep", "Beyond peers", CellKind.Number, 2),
        new("verdict", "Oordeel", "Verdict"),
    ];

    protected override ResultTable Build(AnalysisSession session, AgendaListSettings settings)
    {
        var year = session.ResolveYear(settings.Year);
        using var store = StoreAccess.Open(settings.Db, Env);
        var municipality = settings.Municipality is { } m ? ConversationLookup.Municipality(m) : (Municipalities.MunicipalityCode?)null;
        var rows = store.AgendaItems(municipality).Select(item =>
        {
            var follow = year > item.BaselineYear ? AgendaFollowUp.Compute(item, session.Engine, year, settings.PeerSpec) : null;
            return new object?[]
            {
                item.Id, item.Municipality.ToString(), item.Text, item.Owner, item.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), item.Indicator,
                item.BaselineYear, item.BaselineValue, year, follow?.Value ?? double.NaN, follow?.Improvement ?? double.NaN,
                follow?.PeerImprovement ?? double.NaN, follow?.ImprovementBeyondPeers ?? double.NaN, Verdict(follow, settings.Lang),
            };
        }).ToList();
        return new ResultTable("agenda", Columns, rows)
        {
            Notes =
            [
                ("Verbetering: beweging sinds het basisjaar in de gunstige richting (positief = beter). Meer dan groep: verbetering min de verbetering van de mediaan van de vergelijkingsgroep over dezelfde jaren, zodat een algemene trend niet als effect van de actie telt.",
                 "Improvement: movement since the baseline year in the better direction (positive = better). Beyond peers: improvement minus the peer median's improvement over the same years, so a general trend is not taken for the action's effect."),
            ],
        };
    }

    private static string Verdict(AgendaFollowUp? f, Language lang) =>
        f is null ? lang.Pick("nog geen later jaar", "no later year yet")
        : f.Improved is not { } improved ? lang.Pick("niet te beoordelen", "cannot be judged")
        : !improved ? lang.Pick("niet verbeterd", "not improved")
        : double.IsNaN(f.ImprovementBeyondPeers) ? lang.Pick("verbeterd", "improved")
        : f.ImprovementBeyondPeers > 0 ? lang.Pick("verbeterd, meer dan de groep", "improved, more than the peers")
        : lang.Pick("verbeterd, niet meer dan de groep", "improved, not more than the peers");
}
