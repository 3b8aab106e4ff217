using Benchmark.Efficiency;
using Benchmark.Efficiency.Dea;
using Benchmark.Efficiency.Index;
using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The efficiency page of a learning-circle report: DEA and composite index over every municipality of the year (a
/// frontier of a handful of members would call nearly everyone efficient), one row per member. Reference peers carry
/// the report's names, or its labels when anonymized (the mask labels every municipality, members or not).
/// </summary>
internal static class CircleEfficiencyComposer
{
    public static CircleEfficiencySection For(BenchmarkEngine engine, Language w, NameMask mask, IReadOnlyList<MunicipalityCode> members, int year)
    {
        var efficiency = new EfficiencyEngine(engine);
        var dea = efficiency.Dea(year, DeaModel.Default);
        var index = efficiency.Index(year, IndexOptions.Default);
        string Peer(DeaPeer p) => $"{mask.Name(MunicipalityCode.Parse(p.Id))} {p.Lambda.ToString("0.###", w.Culture)}";

        var rows = members.Select(m =>
        {
            var score = dea.Result[m.ToString()];
            var rank = index[m];
            return (IReadOnlyList<string>)
            [
                mask.Name(m),
                score is null || !double.IsFinite(score.Efficiency) ? "–" : score.Efficiency.ToString("P1", w.Culture),
                score is null ? "–" : score.IsEfficient ? w.Pick("ja", "yes") : w.Pick("nee", "no"),
                score is null ? w.Pick("buiten beschouwing", "left out") : score.IsEfficient ? "–" : string.Join("; ", score.Peers.Select(Peer)),
                rank is null ? "–" : rank.Rank.ToString("N0", w.Culture),
                rank is null ? "–" : $"{rank.RankLow.ToString("N0", w.Culture)} – {rank.RankHigh.ToString("N0", w.Culture)}",
            ];
        }).ToList();
        var table = new TextTable(
            [w.Pick("Gemeente", "Municipality"), w.Format("DEA ({0})", "DEA ({0})", dea.Model.Options.Name), w.Pick("Op de grens", "Frontier"), w.Pick("Referentiegemeenten (λ)", "Reference peers (λ)"), w.Pick("Indexrang", "Index rank"), "P5–P95"],
            rows,
            [1, 4, 5]);
        return new CircleEfficiencySection(
            w.Pick("Efficiëntie en samengestelde index", "Efficiency and composite index"),
            w.Format(
                "DEA en index over alle {0} gemeenten met gegevens in {1}, niet alleen de leden: per lid de afstand tot de efficiënte grens (inzet: overheadkosten, ICT-kosten, fte; output: inwoners, adressen), de gemeenten waarvan het kan leren (λ = gewicht in de vergelijkingscombinatie), en de plaats op de samengestelde index met het interval van 90% van {2:N0} doorrekeningen.",
                "DEA and index over all {0} municipalities with data in {1}, not only the members: per member the distance to the efficient frontier (resources: overhead costs, ICT costs, FTE; output: inhabitants, addresses), the municipalities it can learn from (λ = weight in the comparison combination), and its place on the composite index with the interval of 90% of {2:N0} runs.",
                index.Scores.Count, year, index.Options.Draws),
            table,
            [.. EfficiencyComposer.Methods(w, dea, index).Where((_, i) => i != 1)]);
    }
}
