using Benchmark.Import.Survey;
using Benchmark.Municipalities;
using Benchmark.Survey;
using Benchmark.Validation;

namespace Benchmark.Tests.Experience;

/// <summary>Validation of respondent files: each rule at its line and column, and no finding that repeats a respondent or an answer.</summary>
public sealed class SurveyFileReaderTests
{
    private static readonly string[] Problems =
    [
        SurveyFixture.Header,
        "RSECRET01;GM0193;2024;mto;2024.1;Ruimte;M01;4",          // 2 ok
        "RSECRET01;GM0193;2024;mto;2024.1;Ruimte;M01;3",          // 3 the same item again
        "RSECRET02;GM0193;2024;mto;2024.1;Ruimte;M02;4711",       // 4 out of scale
        "RSECRET03;GM0193;2024;mto;2024.1;Ruimte;M02;geheim-antwoord", // 5 not a number
        "RSECRET04;GM0193;2024;mto;2024.1;Ruimte;X77;3",          // 6 unknown item
        "RSECRET05;GM0193;2024;mto;2024.1;Ruimte;K01;3",          // 7 item of the other survey
        "RSECRET06;GM0014;2024;mto;2024.1;Ruimte;M01;3",          // 8 not in the delivery
        "RSECRET07;GM0193;2024;mto;2031.9;Ruimte;M01;2",          // 9 unknown version (warning, read)
        "RSECRET08;GM0193;2024;mto;2024.1;Ruimte;M01;2",          // 10-13 straight-lining (warning)
        "RSECRET08;GM0193;2024;mto;2024.1;Ruimte;M02;2",
        "RSECRET08;GM0193;2024;mto;2024.1;Ruimte;M03;2",
        "RSECRET08;GM0193;2024;mto;2024.1;Ruimte;M04;2",
        "RSECRET09;GM0193;2024;mto;2024.1;Ruimte;M99;weet niet",  // 14 missing, read
    ];

    private static SurveyReadResult ReadProblems() =>
        SurveyFileReader.Read(
            System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Problems) + "\n"),
            "problems.csv",
            delivered: new HashSet<(MunicipalityCode, int)> { (MunicipalityCode.Parse("GM0193"), 2024) });

    [Test]
    public void Read_EveryRule_AtItsLineAndColumn()
    {
        var findings = ReadProblems().Report.Findings.Select(f => (f.Rule, f.Line, f.Column, f.Severity)).ToList();

        Assert.That(findings, Is.EquivalentTo(new[]
        {
            (SurveyRules.DuplicateAnswer, 3, "item", Severity.Error),
            (SurveyRules.OutOfScale, 4, "antwoord", Severity.Error),
            (SurveyRules.OutOfScale, 5, "antwoord", Severity.Error),
            (SurveyRules.UnknownItem, 6, "item", Severity.Error),
            (SurveyRules.UnknownItem, 7, "item", Severity.Error),
            (SurveyRules.UnknownMunicipality, 8, "gemeentecode", Severity.Error),
            (SurveyRules.UnknownVersion, 9, "vragenlijstversie", Severity.Warning),
            (SurveyRules.StraightLining, 10, "antwoord", Severity.Warning),
        }));
    }

    [Test]
    public void Read_AcceptsTheValidAnswers_MissingAsNaN()
    {
        var result = ReadProblems();

        Assert.That(result.Answers.Select(a => a.Line), Is.EqualTo(new[] { 2, 9, 10, 11, 12, 13, 14 }));
        Assert.That(result.Answers.Single(a => a.Line == 14).IsMissing, Is.True);
        Assert.That(result.Report.RowsRead, Is.EqualTo(13));
        Assert.That(result.Report.RowsRejected, Is.EqualTo(6));
    }

    [Test]
    public void Findings_NeverRepeatARespondentOrARawAnswer()
    {
        var texts = ReadProblems().Report.Findings
            .SelectMany(f => new[] { f.Value, f.Column, f.Message.Nl, f.Message.En, f.Hint.Nl, f.Hint.En, f.ToString() })
            .OfType<string>()
            .ToList();

        Assert.That(texts, Has.None.Contains("RSECRET"));
        Assert.That(texts, Has.None.Contains("4711"));
        Assert.That(texts, Has.None.Contains("geheim-antwoord"));
    }

    [Test]
    public void Answer_ToString_NamesNeitherRespondentNorAnswer()
    {
        var answer = ReadProblems().Answers[0];

        Assert.That(answer.ToString(), Does.Not.Contain("RSECRET01"));
        Assert.That(answer.ToString(), Is.EqualTo("survey answer GM0193 2024 mto M01 (line 2)"));
    }

    [Test]
    public void Read_MissingColumn_RejectsTheFile()
    {
        var result = SurveyFixture.Read("respondent;gemeentecode;jaar;onderzoek;item;antwoord", "R1;GM0193;2024;mto;M01;3");

        Assert.That(result.Answers, Is.Empty);
        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(Rules.MissingColumn));
        Assert.That(result.Report.Findings.Single().Message.En, Does.Contain("vragenlijstversie"));
    }

    [Test]
    public void Catalog_ReplacedByAFile_ChangesWhatIsKnown()
    {
        const string json = """
            {"versions":["x"],"themes":[{"code":"t","survey":"mto","name":{"nl":"T"}}],
             "items":[{"code":"Q1","survey":"mto","theme":"t","scale":[1,10],"overall":true,"text":{"nl":"Cijfer"}}]}
            """;
        var catalog = SurveyCatalog.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{SurveyFixture.Header}\nR1;GM0193;2024;mto;x;;Q1;9\nR1;GM0193;2024;mto;x;;M01;3\n");

        var result = SurveyFileReader.Read(bytes, "own.csv", catalog);

        Assert.That(result.Answers.Single().Item, Is.EqualTo("Q1"));
        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(SurveyRules.UnknownItem));
    }

    [Test]
    public void Catalog_Malformed_IsInvalidData()
    {
        Assert.That(() => SurveyCatalog.Load(new MemoryStream("{\"items\":[{\"code\":\"Q\",\"survey\":\"mto\",\"theme\":\"t\",\"scale\":[5,1]}]}"u8.ToArray())), Throws.InstanceOf<InvalidDataException>());
    }
}
