using Benchmark.Import;
using Benchmark.Import.Survey;
using Benchmark.Survey;

namespace Benchmark.Tests.Experience;

/// <summary>The shipped respondent sample read once against the 2024 yearly sample, and helpers for small test files.</summary>
internal static class SurveyFixture
{
    private static readonly Lazy<(SurveyReadResult Read, Data.Dataset Yearly)> Sample = new(() =>
    {
        var yearly = DatasetLoader.Load([Path.Combine(TestPaths.Samples, "benchmark-2024.csv")]).Dataset;
        var read = SurveyFileReader.Read(SamplePath, delivered: SurveyFileReader.Delivery(yearly));
        return (read, yearly);
    });

    /// <summary>The committed synthetic respondent file.</summary>
    public static string SamplePath => Path.Combine(TestPaths.Samples, "survey", "respondenten-2024.csv");

    /// <summary>The sample file as read (every answer accepted).</summary>
    public static SurveyReadResult SampleRead => Sample.Value.Read;

    /// <summary>The 2024 yearly sample (delivery and headcounts).</summary>
    public static Data.Dataset Yearly => Sample.Value.Yearly;

    /// <summary>The sample's aggregates against the 2024 headcounts.</summary>
    public static IReadOnlyList<SurveyCell> SampleCells { get; } =
        SurveyAggregator.Aggregate(SampleRead.Answers, SurveyCatalog.Default, SurveyAggregator.HeadcountFrom(Yearly));

    /// <summary>Reads a respondent file given as lines (header first), against the built-in reference only.</summary>
    public static SurveyReadResult Read(params string[] lines) =>
        SurveyFileReader.Read(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "test.csv");

    /// <summary>The header of every hand-written test file.</summary>
    public const string Header = "respondent;gemeentecode;jaar;onderzoek;vragenlijstversie;afdeling;item;antwoord";
}
