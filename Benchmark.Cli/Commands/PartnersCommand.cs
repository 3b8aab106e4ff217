using Benchmark.Store.Analysis;
using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Comparison;

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
        new("role", "Rol", "Role", InText: false),
        new("roleText", "Wie belt wie", "Who calls whom", InMachine: false),
    ];

    private static readonly Text.LocalizedText LearnFrom = new("u kunt van hen leren", "you can learn from them");
    private static readonly Text.LocalizedText LearnsFromYou = new("zij kunnen van u leren", "they can learn from you");

    protected override ResultTable Build(AnalysisSession session, PartnersSettings settings)
    {
        var engine = session.Engine;
        var code = session.ResolveMunicipality(settings.Municipality);
        var year = session.ResolveYear(settings.Year);
        var partners = settings.Indicator is { } i
            ? engine.Partners(IndicatorLookup.Find(engine, i).Code, year, settings.PeerSpec, code)
            : engine.Partners(year, settings.PeerSpec, code);
        var rows = partners.Select(p => new object?[]
        {
            p.Indicator, p.Municipality.ToString(), p.Name, p.Value, engine.Data.ValueOrNaN(code, year, p.Indicator), p.Rank, p.Distance,
            p.Role.Code(),
            p.Role == PartnerRole.LearnFrom ? LearnFrom : LearnsFromYou,
        }).ToList();
        var best = partners.Where(p => p.Role == PartnerRole.LearnsFromYou).Select(p => p.Indicator).Distinct().ToList();
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
                ($"Per indicator de (maximaal {engine.Options.LearningPartnerCount}) structureel meest vergelijkbare gemeenten die aantoonbaar beter scoren: een waarde strikt beter dan de uwe, in het beste kwartiel van de vergelijkingsgroep, bij enquêtescores significant verschillend. Wie kunt u bellen?",
                 $"Per indicator the (at most {engine.Options.LearningPartnerCount}) structurally closest municipalities that do measurably better: a value strictly better than yours, in the peer group's best quartile, for survey scores significantly different. Whom to call?"),
                .. best.Select(i => (
                    $"{i}: u hoort bij de besten; deze vergelijkbare gemeenten (laagste kwartiel, structureel dichtbij) kunnen van u leren.",
                    $"{i}: you are among the best; these comparable municipalities (worst quartile, structurally close) can learn from you.")),
                .. rows.Count == 0
                    ? [("Geen leerpartners: geen gemeente in de vergelijkingsgroep doet aantoonbaar beter (of de indicator is neutraal, de groep te klein, of de eigen waarde ontbreekt of is niet gepubliceerd).",
                        "No learning partners: no municipality in the peer group does measurably better (or the indicator is neutral, the group too small, or the own value is missing or not published).")]
                    : Array.Empty<(string, string)>(),
            ],
            SectionBy = rows.Count > 0 && settings.Indicator is null ? "indicator" : null,
        };
    }
}
