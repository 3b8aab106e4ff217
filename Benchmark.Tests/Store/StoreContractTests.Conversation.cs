using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Conversation;
using Benchmark.Store.Survey;
using Benchmark.Survey;
using Benchmark.Tests.Experience;

namespace Benchmark.Tests.Store;

/// <content>Survey answers and aggregates, explanations and the learning agenda: round trips on both databases.</content>
public abstract partial class StoreContractTests
{
    private static readonly MunicipalityCode Zwolle = MunicipalityCode.Parse("GM0193");

    [Test]
    public void Open_StoreOfSchemaVersionOne_MigratesToTheConversationTablesAndKeepsItsData()
    {
        var old = Track(DatasetStore.OpenWithMigrations(Db, Clock, known => [known[0]]));
        var version = StoreImporter.Import(old, StoreFiles.Sample("benchmark-2024.csv")).Version;
        Assert.That(old.SchemaVersion, Is.EqualTo(1));

        var upgraded = Open();

        Assert.That(upgraded.SchemaVersion, Is.EqualTo(DatasetStore.CurrentSchemaVersion));
        Assert.That(upgraded.Versions().Single(), Is.EqualTo(version));
        Assert.That(upgraded.SurveyCells(), Is.Empty);
        Assert.That(upgraded.SaveExplanation(new Explanation(Zwolle, "overhead_pct", 2024, ExplanationCategory.Unknown, "x", "y", Start)).Revision, Is.EqualTo(1));
    }

    [Test]
    public void Survey_SaveAndRead_RoundTripsAggregates_PurgeDeletesAnswersOnly()
    {
        var store = Open();
        var (answers, cells) = SmallSurvey(12);

        var saved = store.SaveSurvey("small.csv", new string('a', 64), answers, cells, "tester");

        Assert.That(saved.Respondents, Is.EqualTo(12));
        Assert.That(store.SurveyCells(2024), Is.EqualTo(cells.OrderBy(c => c.Municipality).ThenBy(c => c.Survey.Code()).ThenBy(c => c.Level.ToString()).ThenBy(c => c.Key)));
        Assert.That(store.SurveyAnswers(2024).Select(a => (a.Respondent, a.Item, a.Answer)), Is.EquivalentTo(answers.Select(a => (a.Respondent, a.Item, a.Answer))));

        Assert.That(store.PurgeSurveyAnswers(2024), Is.EqualTo(answers.Count));

        Assert.That(store.SurveyAnswerCount(), Is.Zero);
        Assert.That(Count(store, "survey_answers"), Is.Zero);
        Assert.That(store.SurveyCells(2024), Has.Count.EqualTo(cells.Count));
    }

    [Test]
    public void Survey_SavedAgain_ReplacesThatMunicipalityYearAndSurvey()
    {
        var store = Open();
        var (answers, cells) = SmallSurvey(12);
        store.SaveSurvey("first.csv", new string('a', 64), answers, cells, "tester");
        var (fewer, fewerCells) = SmallSurvey(10);

        store.SaveSurvey("second.csv", new string('b', 64), fewer, fewerCells, "tester");

        Assert.That(store.SurveyAnswerCount(2024), Is.EqualTo(fewer.Count));
        Assert.That(store.SurveyCells(2024).Single(c => c.Level == SurveyLevel.Survey).Respondents, Is.EqualTo(10));
    }

    [Test]
    public void Explanation_Edited_KeepsHistory_AndDataErrorIsLiftedOnlyByCorrectedData()
    {
        var store = Open();
        StoreImporter.Import(store, StoreFiles.Sample("benchmark-2024.csv"));
        var first = store.SaveExplanation(new Explanation(Zwolle, "overhead_pct", 2024, ExplanationCategory.Unknown, "Nog uitzoeken.", "A. Analist", Clock.GetUtcNow()));
        Clock.Advance(TimeSpan.FromHours(1));
        var second = store.SaveExplanation(first with { Category = ExplanationCategory.DataError, Text = "Overheadkosten dubbel geteld.", WrittenAt = Clock.GetUtcNow() });

        Assert.That((first.Revision, second.Revision), Is.EqualTo((1, 2)));
        Assert.That(store.ExplanationHistory(Zwolle, "overhead_pct", 2024), Is.EqualTo(new[] { first, second }));
        Assert.That(store.Explanations().Single().FlagsDataError, Is.True);

        StoreImporter.Import(store, StoreFiles.Write(Folder, "other.csv", "\n", "gemeentecode;jaar;indicator;waarde", "GM0014;2024;overhead_costs;85000000"));
        Assert.That(store.Explanations(Zwolle).Single().FlagsDataError, Is.True, "a correction of another municipality does not lift the flag");

        StoreImporter.Import(store, StoreFiles.Write(Folder, "fix.csv", "\n", "gemeentecode;jaar;indicator;waarde", "GM0193;2024;overhead_costs;61000000"));
        var corrected = store.Explanations(Zwolle, 2024).Single();
        Assert.That(corrected.IsCorrected, Is.True, "overhead_costs is an input of overhead_pct");
        Assert.That(corrected.FlagsDataError, Is.False);
    }

    [Test]
    public void Explanations_ExportedAndImported_GiveTheSameHistoryInAnotherStore()
    {
        var store = Open();
        var a = store.SaveExplanation(new Explanation(Zwolle, "overhead_pct", 2024, ExplanationCategory.DeliberateChoice, "Bewust; \"centraal\"\nmet regelovergang.", "J. Jansen", Clock.GetUtcNow()));
        var b = store.SaveExplanation(a with { Text = "Aangescherpt.", WrittenAt = Clock.GetUtcNow().AddMinutes(5) });
        using var buffer = new MemoryStream();
        ConversationCsv.WriteExplanations(store.ExplanationHistory(Zwolle, "overhead_pct", 2024), buffer);

        var other = Open(NewDatabase());
        var read = ConversationCsv.ReadExplanations(new MemoryStream(buffer.ToArray()));
        Assert.That(other.ImportExplanations(read), Is.EqualTo(2));
        Assert.That(other.ImportExplanations(read), Is.Zero, "importing twice adds nothing");

        Assert.That(other.ExplanationHistory(Zwolle, "overhead_pct", 2024), Is.EqualTo(new[] { a, b }));
    }

    [Test]
    public void AgendaItem_RoundTrips()
    {
        var store = Open();
        var item = new AgendaItem(Zwolle, "Zwolle leert van Westland over ICT-kosten per inwoner", "Controller", new DateOnly(2025, 6, 30), "ict_costs_per_inhabitant", 2023, 66.5704826546003)
        {
            Circle = "Leerkring Oost",
        };

        var saved = store.SaveAgendaItem(item);
        var nan = store.SaveAgendaItem(item with { Circle = null, BaselineValue = double.NaN });

        Assert.That(store.AgendaItems(), Is.EqualTo(new[] { saved, nan }));
        Assert.That(saved.Id, Is.LessThan(nan.Id));
        Assert.That(saved.RecordedAt, Is.EqualTo(Start));
        Assert.That(store.AgendaItems(MunicipalityCode.Parse("GM0150")), Is.Empty);
    }

    private static (IReadOnlyList<SurveyAnswer> Answers, IReadOnlyList<SurveyCell> Cells) SmallSurvey(int respondents)
    {
        var lines = Enumerable.Range(1, respondents)
            .SelectMany(i => new[] { $"R{i:000};GM0193;2024;mto;2024.1;Ruimte;M99;{(i % 4) + 6}", $"R{i:000};GM0193;2024;mto;2024.1;Ruimte;M05;{(i % 2 == 0 ? "weet niet" : "2")}" })
            .Prepend(SurveyFixture.Header)
            .ToArray();
        var answers = SurveyFixture.Read(lines).Answers;
        return (answers, SurveyAggregator.Aggregate(answers, SurveyCatalog.Default, (_, _) => 879));
    }
}
