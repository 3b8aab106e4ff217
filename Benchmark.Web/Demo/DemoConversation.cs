using Benchmark.Conversation;
using Benchmark.Import.Survey;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Conversation;
using Benchmark.Store.Survey;
using Benchmark.Survey;

namespace Benchmark.Web.Demo;

/// <summary>
/// The benchmark's second and third steps in the demo: the respondent sample (<c>survey/respondenten-2024.csv</c>, read,
/// aggregated and stored as <c>benchmark survey import</c> does), a few explanations of Leerkring Oost's figures (one a
/// data error) and a learning agenda with baselines from the stored figures — so a newcomer sees the survey,
/// explanation and agenda pages filled.
/// </summary>
internal static class DemoConversation
{
    private static readonly MunicipalityCode Zwolle = MunicipalityCode.Parse("GM0193");
    private static readonly MunicipalityCode Deventer = MunicipalityCode.Parse("GM0150");
    private static readonly MunicipalityCode Apeldoorn = MunicipalityCode.Parse("GM0200");

    /// <summary>Adds survey aggregates, explanations and agenda items to the seeded demo store.</summary>
    public static void Seed(IDatasetStore store, string samples, string coordinator, TimeProvider clock)
    {
        var yearly = ActiveData.Load(store);
        var file = Path.Combine(samples, "survey", "respondenten-2024.csv");
        if (File.Exists(file))
        {
            var catalog = SurveyCatalog.Default;
            var read = SurveyFileReader.Read(file, catalog, delivered: SurveyFileReader.Delivery(yearly), name: Path.GetFileName(file));
            var cells = SurveyAggregator.Aggregate(read.Answers, catalog, SurveyAggregator.HeadcountFrom(yearly));
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            store.SaveSurvey(Path.GetFileName(file), sha, read.Answers, cells, coordinator);
        }

        var data = store.WithSurveyIndicators(yearly);
        var now = clock.GetUtcNow();
        var years = data.Years;
        if (years.Count < 3)
        {
            return;
        }

        var (newest, previous, earlier) = (years[^1], years[^2], years[^3]);
        Explain(store, Zwolle, "overhead_pct", newest, ExplanationCategory.DeliberateChoice, "Het klantcontactcentrum is in dit jaar bij de bedrijfsvoering ondergebracht; dat telt als overhead en verklaart ongeveer één procentpunt.", "analist.zwolle", now.AddDays(-20));
        Explain(store, Zwolle, "overhead_pct", newest, ExplanationCategory.DeliberateChoice, "Het klantcontactcentrum is dit jaar bij de bedrijfsvoering ondergebracht (besluit van de directie); dat telt als overhead en verklaart ongeveer één procentpunt van het verschil met de kring.", "directeur.zwolle", now.AddDays(-3));
        Explain(store, Zwolle, "ict_costs_per_inhabitant", newest, ExplanationCategory.Incidental, "Eenmalige kosten van de overstap naar een nieuw zaaksysteem (ongeveer € 0,9 miljoen).", "analist.zwolle", now.AddDays(-18));
        Explain(store, Zwolle, "external_hire_pct", previous, ExplanationCategory.DefinitionDifference, "Inhuur voor projecten in het sociaal domein is meegeteld; volgens de definitie hoort die er niet bij.", "analist.zwolle", now.AddDays(-200));
        Explain(store, Deventer, "running_costs_per_inhabitant", previous, ExplanationCategory.DataError, "De huisvestingskosten van de stadswinkel zijn dubbel geteld; gecorrigeerde cijfers volgen.", coordinator, now.AddDays(-190));
        Explain(store, Apeldoorn, "ict_costs_per_fte", previous, ExplanationCategory.Unknown, "Nog niet duidelijk; de ICT-afdeling zoekt het uit voor de volgende bijeenkomst.", coordinator, now.AddDays(-185));

        var due = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6);
        Agree(store, data, Zwolle, "Zwolle leert van Deventer: gezamenlijk contractbeheer voor licenties", "Teamleider I&A", due, "ict_costs_per_inhabitant", earlier);
        Agree(store, data, Zwolle, "Zwolle leert van Apeldoorn: sturing op de inhuur van externen", "Concerncontroller", due.AddMonths(3), "external_hire_pct", previous);
        Agree(store, data, Deventer, "Deventer leert van Zwolle: één loket voor facilitaire vragen", "Hoofd Facilitair", due, "running_costs_per_inhabitant", earlier);
    }

    private static void Explain(IDatasetStore store, MunicipalityCode municipality, string indicator, int year, ExplanationCategory category, string text, string author, DateTimeOffset at) =>
        store.SaveExplanation(new Explanation(municipality, indicator, year, category, text, author, at));

    private static void Agree(IDatasetStore store, Data.Dataset data, MunicipalityCode municipality, string text, string owner, DateOnly due, string indicator, int baselineYear)
    {
        var baseline = data.ValueOrNaN(municipality, baselineYear, indicator);
        if (!double.IsNaN(baseline))
        {
            store.SaveAgendaItem(new AgendaItem(municipality, text, owner, due, indicator, baselineYear, baseline) { Circle = "Leerkring Oost" });
        }
    }
}
