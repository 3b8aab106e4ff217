using System.Net;
using Benchmark.Import.Survey;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Survey;
using Benchmark.Survey;
using Benchmark.Tests.Web.Pages;

namespace Benchmark.Tests.Web.Conversation;

/// <summary>
/// The read site (2023 published, 2024 open, the sample circles) with experience-survey data: the shipped respondent
/// sample, or hand-made answers for the suppression edge. Answers are stored as <c>benchmark survey import</c> stores them.
/// </summary>
internal static class ConversationSite
{
    /// <summary>The read site with the respondent sample of 2024 stored.</summary>
    public static async Task<WebSite> WithSampleAsync()
    {
        var site = await ReadSite.StartAsync().ConfigureAwait(false);
        var yearly = ActiveData.Load(site.Store);
        var read = SurveyFileReader.Read(SamplePath, delivered: SurveyFileReader.Delivery(yearly));
        Store(site.Store, read.Answers, yearly);
        return site;
    }

    /// <summary>The committed synthetic respondent file.</summary>
    public static string SamplePath => Path.Combine(TestPaths.Samples, "survey", "respondenten-2024.csv");

    /// <summary>Aggregates <paramref name="answers"/> against the yearly headcounts and stores answers and aggregates.</summary>
    public static void Store(IDatasetStore store, IReadOnlyList<SurveyAnswer> answers, Data.Dataset? yearly = null)
    {
        var cells = SurveyAggregator.Aggregate(answers, SurveyCatalog.Default, SurveyAggregator.HeadcountFrom(yearly ?? ActiveData.Load(store)));
        store.SaveSurvey("respondenten.csv", new string('0', 64), answers, cells, "coordinator");
    }

    /// <summary>
    /// Employee-survey answers of <paramref name="respondents"/> respondents of <paramref name="municipality"/> in 2024 to every
    /// MTO item (ids <c>RSECRET…</c>), the first <paramref name="firstDepartment"/> in department "Publiekszaken", the rest in "Bestuur".
    /// </summary>
    public static IReadOnlyList<SurveyAnswer> Employees(MunicipalityCode municipality, int respondents, int firstDepartment)
    {
        var answers = new List<SurveyAnswer>();
        for (var r = 0; r < respondents; r++)
        {
            var id = $"RSECRET{municipality.Number:D4}{r:D3}";
            foreach (var item in SurveyCatalog.Default.Items.Where(i => i.Survey == SurveyKind.Mto))
            {
                var answer = item.ScaleMin + ((r * 7) + item.Code.Length) % (item.ScaleMax - item.ScaleMin + 1);
                answers.Add(new SurveyAnswer(id, municipality, 2024, SurveyKind.Mto, "2024.1", r < firstDepartment ? "Publiekszaken" : "Bestuur", item.Code, answer, r + 2));
            }
        }

        return answers;
    }

    /// <summary>The page's text without tags, decoded.</summary>
    public static string Text(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "));
}
