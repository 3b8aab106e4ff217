using Benchmark.Catalog;
using Benchmark.Efficiency;
using Benchmark.Efficiency.Dea;
using Benchmark.Efficiency.Index;
using Benchmark.Efficiency.Structure;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Composes the efficiency page of a municipality report: the DEA within the report's peer group (reference peers with
/// the report's names or letters), the expected value given structure over all municipalities, and the composite index
/// in the peer group with its Monte Carlo rank interval.
/// </summary>
internal static class EfficiencyComposer
{
    public static EfficiencySection For(ReportContext c)
    {
        var w = c.Language;
        var engine = new EfficiencyEngine(c.Engine);
        var dea = engine.Dea(c.Year, DeaModel.Default, c.Options.Peers, c.Focus);
        var own = dea.Result[c.Focus.ToString()];
        var index = engine.Index(c.Year, IndexOptions.Default, c.Options.Peers, c.Focus);
        var rank = index[c.Focus];
        var expected = c.Comparison.Positions.Select(p => engine.Expected(p.Indicator.Code, c.Year)).ToList();

        var keyFigures = new List<Fact>
        {
            new(w.Format("DEA-score ({0})", "DEA score ({0})", dea.Model.Options.Name), own is null || !double.IsFinite(own.Efficiency) ? "–" : own.Efficiency.ToString("P1", w.Culture)),
            new(w.Pick("Op de efficiënte grens", "On the efficient frontier"), own is null ? "–" : own.IsEfficient ? w.Pick("ja", "yes") : w.Pick("nee", "no")),
            new(w.Pick("Indexrang", "Index rank"), rank is null ? "–" : w.Format("{0} van {1}", "{0} of {1}", rank.Rank, index.Scores.Count)),
            new(w.Pick("Rang-interval P5–P95", "Rank interval P5–P95"), rank is null ? "–" : w.Format("{0:N0} – {1:N0}", "{0:N0} – {1:N0}", rank.RankLow, rank.RankHigh)),
        };
        return new EfficiencySection(
            w.Pick("Efficiëntie en verklaring", "Efficiency and explanation"),
            w.Format(
                "Naast de medianen: hoe ver staat {0} van de beste praktijk van vergelijkbare gemeenten, gegeven wat zij inzet en levert (DEA), wat past bij haar omvang en dichtheid (verwachte waarde), en waar zij staat op alle indicatoren samen (index, met de onzekerheid van die samenvatting).",
                "Next to the medians: how far {0} is from the best practice of comparable municipalities given what it spends and delivers (DEA), what fits its size and density (expected value), and where it stands on all indicators together (index, with the uncertainty of that summary).",
                c.FocusName),
            keyFigures,
            w.Pick("Referentiegemeenten op de efficiënte grens", "Reference peers on the efficient frontier"),
            PeersText(c, dea, own),
            PeersTable(c, dea, own),
            w.Pick("Verwachte waarde gegeven structuur", "Expected value given structure"),
            w.Pick(
                "Verwacht = wat gemeenten met dezelfde omvang (ln inwoners) en adressendichtheid hebben, geschat over alle gemeenten met een robuuste regressie (Huber). Buiten het 95%-voorspellingsinterval wijkt de waarde meer af dan structuur verklaart.",
                "Expected = what municipalities of the same size (ln inhabitants) and address density have, estimated over all municipalities with a robust regression (Huber). Outside the 95% prediction interval the value differs more than structure explains."),
            ExpectedTable(c, expected),
            w.Pick("Samengestelde index", "Composite index"),
            IndexText(c, index, rank),
            SensitivityTable(w, index),
            Methods(w, dea, index));
    }

    private static string PeersText(ReportContext c, DeaAnalysis dea, DeaScore? own)
    {
        var w = c.Language;
        if (own is null)
        {
            var finding = dea.Findings.FirstOrDefault(f => f.Value?.StartsWith(c.Focus.ToString(), StringComparison.Ordinal) == true);
            return finding is null ? w.Pick("Geen DEA: te weinig gemeenten met alle gegevens.", "No DEA: too few municipalities with every figure.") : w.Pick(finding.Message);
        }

        return own.IsEfficient
            ? w.Format("{0} ligt op de efficiënte grens: geen gemeente in de groep (of combinatie daarvan) levert dezelfde output met minder input. Super-efficiëntie {1:N3}: de inputs mogen met {2:P0} stijgen voordat dat verandert.",
                  "{0} is on the efficient frontier: no municipality in the group (or combination of them) delivers the same output with less input. Super-efficiency {1:N3}: inputs could rise by {2:P0} before that changes.",
                  c.FocusName, own.SuperEfficiency, double.IsFinite(own.SuperEfficiency) ? own.SuperEfficiency - 1 : double.NaN)
            : w.Format("Een combinatie van de gemeenten hieronder (gewichten λ) levert minstens de output van {0} met {1:P0} minder van elke input, plus het overschot in de rij ‘doel’. Van hen kan {0} leren: zij hebben een vergelijkbare mix van inzet en output.",
                  "A combination of the municipalities below (weights λ) delivers at least the output of {0} with {1:P0} less of every input, plus the excess in the row ‘target’. {0} can learn from them: they have a similar mix of resources and output.",
                  c.FocusName, 1 - own.Efficiency)
              + (c.Mask.IsAnonymous ? w.Pick(" Inwoners en adressen van andere gemeenten staan er niet bij (·): die zouden hen herkenbaar maken.", " Other municipalities' inhabitants and addresses are not shown (·): they would identify them.") : string.Empty);
    }

    private static TextTable PeersTable(ReportContext c, DeaAnalysis dea, DeaScore? own)
    {
        var w = c.Language;
        var codes = dea.Model.Inputs.Concat(dea.Model.Outputs).ToList();
        var header = new List<string> { w.Pick("Gemeente", "Municipality"), "λ" };
        header.AddRange(codes.Select(code => code == "addresses" ? w.Pick("Adressen", "Addresses") : w.Pick(c.Engine.Catalog.Get(code).Name)));
        var numeric = Enumerable.Range(1, codes.Count + 1).ToList();
        if (own is null)
        {
            return new TextTable(header, [], numeric);
        }

        string Figure(Municipalities.MunicipalityCode m, string code) => Format(c, code, Value(c, m, code));
        var rows = new List<IReadOnlyList<string>>();
        rows.Add([c.FocusName, string.Empty, .. codes.Select(code => Figure(c.Focus, code))]);
        if (own.IsEfficient)
        {
            return new TextTable(header, rows, numeric);
        }

        var input = dea.Model.Options.Orientation == DeaOrientation.Input;
        var targets = dea.Model.Inputs.Select((code, i) => ((input ? own.Score : 1) * Value(c, c.Focus, code)) - own.InputSlacks[i])
            .Concat(dea.Model.Outputs.Select((code, r) => ((input ? 1 : own.Score) * Value(c, c.Focus, code)) + own.OutputSlacks[r]));
        rows.Add([w.Pick("doel", "target"), string.Empty, .. targets.Select((v, k) => Format(c, codes[k], v))]);
        foreach (var peer in own.Peers.Where(p => p.Id != c.Focus.ToString()))
        {
            var code = Municipalities.MunicipalityCode.Parse(peer.Id);
            rows.Add([c.Mask.Name(code), peer.Lambda.ToString("N3", w.Culture), .. codes.Select(k => Hidden(c, k) ? "·" : Figure(code, k))]);
        }

        return new TextTable(header, rows, numeric);
    }

    /// <summary>Anonymized, another municipality's structural figures (inhabitants, addresses, area) would identify it: shown as ·.</summary>
    private static bool Hidden(ReportContext c, string code) =>
        c.Mask.IsAnonymous && (code == "addresses" || (c.Engine.Catalog.TryGet(code, out var indicator) && indicator.Kind == IndicatorKind.Structural));

    private static double Value(ReportContext c, Municipalities.MunicipalityCode m, string code) => new EfficiencyEngine(c.Engine).Figure(m, c.Year, code);

    private static string Format(ReportContext c, string code, double value) =>
        code == "addresses" || !c.Engine.Catalog.TryGet(code, out var indicator) ? value.ToString("N0", c.Language.Culture) : c.Numbers.Value(value, indicator.Unit);

    private static TextTable ExpectedTable(ReportContext c, IReadOnlyList<StructureAnalysis> analyses)
    {
        var w = c.Language;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var analysis in analyses)
        {
            var unit = analysis.Indicator.Unit;
            if (analysis[c.Focus] is not { } v)
            {
                continue;
            }

            rows.Add([w.Pick(analysis.Indicator.Name), c.Numbers.Value(v.Actual, unit), c.Numbers.Value(v.Expected, unit), c.Numbers.Value(v.Lower, unit) + " – " + c.Numbers.Value(v.Upper, unit), c.Numbers.Change(v.Residual, unit), Reading(w, analysis.Indicator.Direction, v.Outside)]);
        }

        return new TextTable([w.Pick("Indicator", "Indicator"), w.Pick("Waarde", "Value"), w.Pick("Verwacht", "Expected"), w.Pick("95%-interval", "95% interval"), w.Pick("Verschil", "Gap"), w.Pick("Lezing", "Reading")], rows, [1, 2, 3, 4]);
    }

    private static string Reading(Language w, Direction direction, int outside) => (outside, direction) switch
    {
        (0, _) => w.Pick("binnen verwachting", "as expected"),
        (< 0, Direction.LowerIsBetter) or (> 0, Direction.HigherIsBetter) => w.Pick("gunstiger dan verwacht", "better than expected"),
        (_, Direction.Neutral) => outside < 0 ? w.Pick("lager dan verwacht", "lower than expected") : w.Pick("hoger dan verwacht", "higher than expected"),
        _ => w.Pick("ongunstiger dan verwacht", "worse than expected"),
    };

    private static string IndexText(ReportContext c, CompositeIndex index, IndexScore? rank)
    {
        var w = c.Language;
        if (rank is null)
        {
            return w.Format("{0} staat niet in de index: te weinig indicatoren met een waarde.", "{0} is not in the index: too few indicators with a value.", c.FocusName);
        }

        var top = index.Sensitivity.Count > 0 ? Choice(w, index.Sensitivity[0].Choice) : "–";
        return w.Format(
            "Alle {0} indicatoren met een richting samen (min–max over alle jaren, gelijke gewichten, rekenkundig gemiddelde): {1} staat op plaats {2} van {3}. In 90% van {4:N0} doorrekeningen met andere normalisatie, aggregatie en gewichten ligt de plaats tussen {5:N0} en {6:N0}; een smal interval is een robuuste positie. De keuze die de rangen het meest verschuift: {7}.",
            "All {0} indicators with a direction together (min–max over all years, equal weights, arithmetic mean): {1} ranks {2} of {3}. In 90% of {4:N0} runs with other normalisation, aggregation and weights the rank lies between {5:N0} and {6:N0}; a narrow interval is a robust position. The choice that moves ranks most: {7}.",
            index.Indicators.Count, c.FocusName, rank.Rank, index.Scores.Count, index.Options.Draws, rank.RankLow, rank.RankHigh, top);
    }

    private static TextTable SensitivityTable(Language w, CompositeIndex index) => new(
        [w.Pick("Andere keuze", "Other choice"), w.Pick("Gem. verschuiving rang", "Mean rank shift"), w.Pick("Grootste", "Largest")],
        [.. index.Sensitivity.Select(r => (IReadOnlyList<string>)[Choice(w, r.Choice), r.MeanShift.ToString("N1", w.Culture), r.MaxShift.ToString("N0", w.Culture)])],
        [1, 2]);

    internal static string Choice(Language w, string choice) => w.IsDutch
        ? choice.Replace("normalisation", "normalisatie", StringComparison.Ordinal).Replace("aggregation", "aggregatie", StringComparison.Ordinal)
            .Replace("geometric", "geometrisch", StringComparison.Ordinal).Replace("arithmetic", "rekenkundig", StringComparison.Ordinal)
            .Replace("weights", "gewichten", StringComparison.Ordinal).Replace("draws", "trekkingen", StringComparison.Ordinal)
        : choice;

    internal static IReadOnlyList<string> Methods(Language w, DeaAnalysis dea, CompositeIndex index) =>
    [
        w.Format("DEA: {0} (GLOP, tweefasen, Andersen–Petersen); inputs {1}; outputs {2}; {3} gemeenten, {4} buiten beschouwing (waarde ontbreekt of ≤ 0).",
            "DEA: {0} (GLOP, two-phase, Andersen–Petersen); inputs {1}; outputs {2}; {3} municipalities, {4} left out (value missing or ≤ 0).",
            dea.Model.Options.Name, string.Join(", ", dea.Model.Inputs), string.Join(", ", dea.Model.Outputs), dea.Result.Scores.Count, dea.Findings.Count),
        w.Pick("Verwachte waarde: y = β₀ + β₁·ln(inwoners) + β₂·adressendichtheid, Huber (k = 1,345, MAD-schaal; als MASS::rlm).",
            "Expected value: y = β₀ + β₁·ln(inhabitants) + β₂·address density, Huber (k = 1.345, MAD scale; as MASS::rlm)."),
        w.Format("Index: JRC/OECD-handboek (als COINr); {0:N0} trekkingen (seed {1}): normalisatie, aggregatie, gewichten ± {2}.",
            "Index: JRC/OECD handbook (as COINr); {0:N0} draws (seed {1}): normalisation, aggregation, weights ± {2}.",
            index.Options.Draws, index.Options.Seed, CompositeIndex.Percent(index.Options.WeightNoise)),
    ];
}
