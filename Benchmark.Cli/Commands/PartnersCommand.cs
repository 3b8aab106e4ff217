using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark partners GMxxxx --year N [--indicator CODE]</c>: learning partners — structurally close and in the best quartile.</summary>
internal sealed class PartnersCommand(CliEnvironment env) : AnalysisCommand<PartnersSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("indicator", "Indicator", "Indicator"),
        new("municipality", "Code", "Code", NoWrap: true),
        new("name", "Gemeente", "Municipality"),
        new("value", "Waarde", "Value", CellKind.Number, 2),
        new("ownValue", "Eigen waarde", "Own value", CellKind.Number, 2),
        new("rank", "Rang", "Rank", CellKind.Integer),
        new("distance", "Structuurafstand", "Structural distance", CellKind.Number, 3),
    ];

    protected override ResultTable Build(AnalysisSession session, PartnersSettings settings)
    {
        var engine = session.Engine;
        var code = session.ResolveMunicipality(settings.Municipality);
        var year = session.ResolveYear(settings.Year);
        var partners = settings.Indicator is { } i
            ? engine.Partners(code, year, IndicatorLookup.Find(engine, i).Code, settings.PeerSpec)
            : engine.Partners(code, year, settings.PeerSpec);
        var rows = partners.Select(p => new object?[]
        {
            p.Indicator, p.Municipality.ToString(), p.Name, p.Value, engine.Data.ValueOrNaN(code, year, p.Indicator), p.Rank, p.Distance,
        }).ToList();
        return new ResultTable("partners", Columns, rows)
        {
            Facts =
            [
                ("municipality", "Gemeente", "Municipality", $"{engine.Municipality(code).Name} ({code})"),
                ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
                ("peerMethod", "Methode", "Method", settings.PeerSpec.ToString()),
            ],
            Notes =
            [
                ($"Per indicator de (maximaal {engine.Options.LearningPartnerCount}) leden van de vergelijkingsgroep in het beste kwartiel, structureel meest vergelijkbaar eerst: wie kunt u bellen?",
                 $"Per indicator the (at most {engine.Options.LearningPartnerCount}) members of the peer group in the best quartile, structurally closest first: whom to call?"),
            ],
            SectionBy = rows.Count > 0 && settings.Indicator is null ? "indicator" : null,
        };
    }
}
