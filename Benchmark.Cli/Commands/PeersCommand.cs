using Benchmark.Store.Analysis;
using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Derivation;
using Benchmark.PeerGroups;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark peers GMxxxx --year N</c>: the peer group, with structural distances for <c>nearest</c>.</summary>
internal sealed class PeersCommand(CliEnvironment env) : AnalysisCommand<FocusSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("municipality", "Code", "Code", NoWrap: true),
        new("name", "Gemeente", "Municipality"),
        new("province", "Provincie", "Province"),
        new("inhabitants", "Inwoners", "Inhabitants", CellKind.Integer),
        new("distance", "Afstand", "Distance", CellKind.Number, 3),
        new("focus", "Focus", "Focus", InText: false),
    ];

    protected override ResultTable Build(AnalysisSession session, FocusSettings settings)
    {
        var engine = session.Engine;
        var code = session.ResolveMunicipality(settings.Municipality);
        var year = session.ResolveYear(settings.Year);
        var group = engine.Peers(year, settings.PeerSpec, code);
        var distances = group.Distances.ToDictionary(d => d.Municipality, d => d.Distance);
        var order = group.Distances.Count > 0 ? group.Distances.Select(d => d.Municipality).ToList() : [.. group.Members];
        var rows = new List<object?[]>();
        var highlight = new HashSet<int>();
        foreach (var m in order)
        {
            var municipality = engine.Municipalities.Find(m);
            if (m == code)
            {
                highlight.Add(rows.Count);
            }

            rows.Add([m.ToString(), municipality?.Name ?? m.ToString(), municipality?.Province, DerivedValues.InhabitantsOf(engine.Data, m, year, engine.Municipalities, out _), distances.TryGetValue(m, out var d) ? d : double.NaN, m == code]);
        }

        var facts = new List<(string, string, string, object?)>
        {
            ("municipality", "Gemeente", "Municipality", $"{engine.Municipality(code).Name} ({code})"),
            ("year", "Jaar", "Year", year.ToString(CultureInfo.InvariantCulture)),
            ("peerGroup", "Vergelijkingsgroep", "Peer group", group.Name),
            ("peerMethod", "Methode", "Method", group.Spec.ToString()),
            ("peerCount", "Aantal gemeenten", "Municipalities", group.Count),
        };
        var notes = new List<(string, string)>();
        if (group.Spec.Kind == PeerGroupKind.Nearest)
        {
            // People read the variables in words (Dutch), machines and English readers as formulas: ln(inhabitants).
            var used = group.Variables.Where(v => v.IsUsed).Select(v => v.Variable).ToList();
            var dutch = string.Join(", ", used.Select(v =>
            {
                var label = engine.Catalog.TryGet(v.Indicator, out var indicator) ? indicator.Name.Nl.ToLowerInvariant() : v.Indicator;
                return $"{(v.Transform == VariableTransform.Log ? $"log({label})" : label)} × {v.Weight.ToString(CultureInfo.InvariantCulture)}";
            }));
            var variables = new Text.LocalizedText(dutch, string.Join(", ", used.Select(v => $"{Describe(v)} × {v.Weight.ToString(CultureInfo.InvariantCulture)}")));
            facts.Add(("variables", "Structuurvariabelen", "Structural variables", variables));
            if (engine.PeerStability(year, code, group.Spec.NearestCount) is { } overlap)
            {
                facts.Add(("stability", "Stabiliteit t.o.v. vorig jaar", "Stability against previous year", overlap.Share));
                notes.Add((
                    $"{overlap.SharedCount} van de {overlap.CurrentCount} buren waren vorig jaar ook buren (Jaccard {overlap.Jaccard.ToString("N2", Language.Dutch.Culture)}).",
                    $"{overlap.SharedCount} of the {overlap.CurrentCount} neighbours were neighbours last year too (Jaccard {overlap.Jaccard.ToString("N2", CultureInfo.InvariantCulture)})."));
            }

            notes.Add((
                "Afstand: gewogen euclidische afstand op z-scores, herschaald zodat de verst verwijderde gemeente 1 is (CIPFA).",
                "Distance: weighted Euclidean distance on z-scores, rescaled so that the farthest municipality is 1 (CIPFA)."));
        }

        if (!group.FocusIsMember)
        {
            notes.Add(("Let op: de gemeente is zelf geen lid van deze groep.", "Note: the municipality itself is not a member of this group."));
        }

        return new ResultTable("peers", Columns, rows) { Facts = facts, Notes = notes, Highlight = highlight };
    }

    /// <summary>A variable as a formula: <c>ln(inhabitants)</c>, <c>address_density</c>.</summary>
    private static string Describe(StructuralVariable variable) => variable.Transform switch
    {
        VariableTransform.Log => $"ln({variable.Indicator})",
        _ => variable.Indicator,
    };
}
