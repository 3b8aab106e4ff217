using Benchmark.Store.Analysis;
using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Efficiency;
using Benchmark.Efficiency.Dea;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark efficiency [GMxxxx]</c>: the DEA frontier with reference peers, or (<c>--expected</c>) the expected value given structure.</summary>
internal sealed class EfficiencyCommand(CliEnvironment env) : AnalysisCommand<EfficiencySettings>(env)
{
    protected override ResultTable Build(AnalysisSession session, EfficiencySettings settings)
    {
        var engine = new EfficiencyEngine(session.Engine);
        var year = session.ResolveYear(settings.Year);
        MunicipalityCode? focus = settings.Municipality is { } m ? session.ResolveMunicipality(m) : null;
        var peers = focus is null ? null : settings.PeerSpec;
        var table = settings.Expected is { } indicator
            ? ExpectedTable.Build(engine, IndicatorLookup.Find(session.Engine, indicator).Code, year, focus, peers, settings.FitValue)
            : Dea(engine, Model(settings), year, focus, peers);
        return table;
    }

    private static DeaModel Model(EfficiencySettings settings)
    {
        DeaModel model;
        try
        {
            model = settings.Model is { } path ? DeaModel.Load(File.ReadAllText(path)) : DeaModel.Default;
        }
        catch (IOException ex)
        {
            throw new UsageException($"kan het DEA-modelbestand '{settings.Model}' niet lezen: {UsageException.TextOf(ex, Language.Dutch)}", $"cannot read the DEA model file '{settings.Model}': {UsageException.TextOf(ex, Language.English)}");
        }
        catch (FormatException ex)
        {
            throw new UsageException($"{settings.Model}: {UsageException.TextOf(ex, Language.Dutch)}", $"{settings.Model}: {UsageException.TextOf(ex, Language.English)}");
        }

        var options = model.Options with
        {
            Orientation = settings.OrientationValue ?? model.Options.Orientation,
            Returns = settings.ReturnsValue ?? model.Options.Returns,
        };
        return model with { Options = options };
    }

    private static ResultTable Dea(EfficiencyEngine engine, DeaModel model, int year, MunicipalityCode? focus, PeerGroups.PeerGroupSpec? peers)
    {
        var analysis = engine.Dea(year, model, peers, focus);
        var result = analysis.Result;
        var columns = new List<ResultColumn>
        {
            new("municipality", "Code", "Code", NoWrap: true),
            new("name", "Gemeente", "Municipality"),
            new("score", result.Options.Orientation == DeaOrientation.Input ? "Score θ" : "Score φ", result.Options.Orientation == DeaOrientation.Input ? "Score θ" : "Score φ", CellKind.Number, 3),
            new("efficiency", "Efficiëntie", "Efficiency", CellKind.Percent, 1, InMachine: true),
            new("superEfficiency", "Super-efficiëntie", "Super-efficiency", CellKind.Number, 3),
            new("efficient", "Op de grens", "On the frontier"),
            new("peers", "Referentiegemeenten (λ)", "Reference peers (λ)", InText: false),
            new("peerNames", "Referentiegemeenten (λ)", "Reference peers (λ)", InMachine: false),
        };
        columns.AddRange(result.InputNames.Select(n => new ResultColumn("slack_" + n, "Overschot " + n, "Excess " + n, CellKind.Number, 1, InText: false)));
        columns.AddRange(result.OutputNames.Select(n => new ResultColumn("shortfall_" + n, "Tekort " + n, "Shortfall " + n, CellKind.Number, 1, InText: false)));
        var ordered = result.Scores.OrderByDescending(s => double.IsNaN(s.SuperEfficiency) ? s.Efficiency : s.SuperEfficiency).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var rows = ordered.Select(s => new object?[]
        {
            s.Id, Name(engine, s.Id), s.Score, s.Efficiency * 100, s.SuperEfficiency, s.IsEfficient,
            string.Join("; ", s.Peers.Select(p => $"{p.Id} {p.Lambda.ToString("0.###", CultureInfo.InvariantCulture)}")),
            s.IsEfficient ? "–" : new Text.LocalizedText(
                string.Join("; ", s.Peers.Select(p => $"{Name(engine, p.Id)} {p.Lambda.ToString("0.00", Language.Dutch.Culture)}")),
                string.Join("; ", s.Peers.Select(p => $"{Name(engine, p.Id)} {p.Lambda.ToString("0.00", Language.English.Culture)}"))),
        }.Concat(s.InputSlacks.Cast<object?>()).Concat(s.OutputSlacks.Cast<object?>()).ToArray()).ToList();
        return new ResultTable("efficiency", columns, rows)
        {
            Facts =
            [
                ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
                ("group", "Groep", "Group", EfficiencyFacts.Group(engine, year, focus, peers, analysis.Group)),
                ("method", "Methode", "Method", analysis.MethodText),
                ("leftOut", "Buiten beschouwing", "Left out", EfficiencyFacts.LeftOut(analysis.Findings)),
            ],
            Notes =
            [
                ("Score 1 met nul overschot = op de efficiënte grens. Referentiegemeenten: de efficiënte gemeenten met een vergelijkbare mix waarvan de combinatie (gewichten λ) minstens dezelfde output levert met minder input — van hen kunt u leren. Super-efficiëntie (Andersen–Petersen) ordent de efficiënte gemeenten; leeg als het programma geen oplossing heeft (kan bij variabele schaalopbrengsten).",
                 "Score 1 with zero slack = on the efficient frontier. Reference peers: the efficient municipalities with a similar mix whose combination (weights λ) delivers at least the same output with less input — learn from them. Super-efficiency (Andersen–Petersen) orders the efficient ones; empty when the program has no solution (possible under variable returns)."),
            ],
            Highlight = focus is { } f ? new HashSet<int>(ordered.Select((s, i) => (s, i)).Where(p => p.s.Id == f.ToString()).Select(p => p.i)) : new HashSet<int>(),
        };
    }

    internal static string Name(EfficiencyEngine engine, string code) =>
        engine.Engine.Municipalities.Find(MunicipalityCode.Parse(code))?.Name ?? code;
}
