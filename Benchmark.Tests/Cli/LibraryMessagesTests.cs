using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary>
/// Issue 13: the rare paths on which a library's English exception text reached Dutch output — a bad catalogue, DEA model,
/// survey item catalogue or explanations file, a malformed option value, a parser error the CLI did not know, a file
/// that is no store. Each is told in Dutch by default and in English with <c>--lang en</c>, never both.
/// </summary>
[NonParallelizable]
public sealed class LibraryMessagesTests
{
    private static readonly string Input = Path.Combine("samples", "benchmark-2024.csv");
    private static readonly string Respondents = Path.Combine("samples", "survey", "respondenten-2024.csv");
    private string _folder = null!;

    [OneTimeSetUp]
    public void CreateBadFiles()
    {
        _folder = Directory.CreateTempSubdirectory("benchmark-messages-").FullName;
        File.WriteAllText(Path.Combine(_folder, "bad.json"), "{bad");
        File.WriteAllText(Path.Combine(_folder, "nameless.json"), """{"indicators":[{"code":"x"}]}""");
        File.WriteAllText(Path.Combine(_folder, "items.json"), """{"items":[{"code":"Q","survey":"mto","theme":"t","scale":[5,1]}]}""");
        File.WriteAllText(Path.Combine(_folder, "explanations.csv"), "gemeentecode;indicator;jaar;revisie;categorie;tekst;auteur;geschreven_op\nGM0193;overhead_pct;twintig;1;onbekend;x;y;2025-01-01T00:00:00Z\n");
    }

    [OneTimeTearDown]
    public void DeleteBadFiles() => Directory.Delete(_folder, recursive: true);

    // Each case: the arguments ({0} = the folder of bad files), a fragment of the Dutch text, one of the English text.
    [TestCase("validate|{i}|--catalog|{0}/bad.json", "geen geldige JSON op regel 1, positie 2", "is not valid JSON at line 1")]
    [TestCase("validate|{i}|--catalog|{0}/nameless.json", "Indicator 'x' in de catalogus heeft geen \"name\"", "in the catalogue has no \"name\"")]
    [TestCase("efficiency|--model|{0}/bad.json|--input|{i}", "Het DEA-modelbestand is niet geldig (regel 1", "The DEA model file is not valid")]
    [TestCase("efficiency|--rts|xx|--input|{i}", "--rts is variable (BCC) of constant (CCR), niet 'xx'", "--rts must be variable")]
    [TestCase("efficiency|--orientation|up|--input|{i}", "--orientation is input of output", "--orientation must be input")]
    [TestCase("efficiency|--expected|overhead_pct|--fit|zz|--input|{i}", "--fit is huber of ls", "--fit must be huber")]
    [TestCase("index|--theme-weights|a=b|--input|{i}", "--theme-weights: 'a=b' is geen CODE=GEWICHT", "is not CODE=WEIGHT")]
    [TestCase("compare|GM0193|--peers|nearest:x|--input|{i}", "'nearest:x' is geen vergelijkingsgroep", "is not a peer group")]
    [TestCase("survey|validate|{r}|--items|{0}/items.json|--input|{i}", "'scale' moet [min, max] zijn", "'scale' must be")]
    [TestCase("survey|validate|{r}|--items|{0}/bad.json|--input|{i}", "De enquêtecatalogus is geen geldige JSON", "survey catalogue is not valid JSON")]
    [TestCase("explain|import|{0}/explanations.csv|--db|{0}/conversation.db", "regel 2, kolom jaar: 'twintig' is niet te lezen; verwacht is een jaartal", "line 2, column jaar: 'twintig' cannot be read; expected a year")]
    [TestCase("compare|GM0193|--db|{0}/bad.json", "is geen SQLite-database en dus geen Benchmark-opslag", "is not a SQLite database")]
    [TestCase("report|--all=3", "Een schakelaar (zoals --yes of --all) krijgt geen waarde", "A flag (such as --yes or --all) takes no value")]
    [TestCase("compare|GM0193|--year=", "Een optie mist haar waarde", "An option lacks its value")]
    [TestCase("compare|GM0193|--y", "Een optie zonder geldige naam", "An option without a valid name")]
    [TestCase("explain", "Hier ontbreekt het argument MUNICIPALITY", "The argument MUNICIPALITY is missing here")]
    [TestCase("compare|GM0193|--input", "--input heeft een bestand nodig", "--input needs a file")]
    public void Problem_IsToldInOneLanguage(string arguments, string dutch, string english)
    {
        var args = arguments.Replace("{0}", _folder, StringComparison.Ordinal).Replace("{i}", Input, StringComparison.Ordinal)
            .Replace("{r}", Respondents, StringComparison.Ordinal).Split('|');

        var nl = CliRunner.Run(args);
        var en = CliRunner.Run([.. args, "--lang", "en"]);

        Assert.Multiple(() =>
        {
            Assert.That(nl.ExitCode, Is.Not.EqualTo(ExitCodes.Ok));
            Assert.That(nl.Error, Does.Contain(dutch).And.Not.Contain(english));
            Assert.That(en.Error, Does.Contain(english).And.Not.Contain(dutch));
        });
    }

    [Test]
    public void UnknownParserText_FollowsADutchSentence_ButASettingsCheckStaysAsItIs()
    {
        var parser = Benchmark.Cli.Infrastructure.UsageErrors.Explain("Encountered unknown token (x).");
        var check = Benchmark.Cli.Infrastructure.UsageErrors.Explain("--draws moet tussen 0 en 1000000 liggen.", fromParser: false);

        Assert.That(parser.Nl, Does.StartWith("De opdrachtregel is niet te lezen (de lezer meldt: Encountered unknown token (x).)"));
        Assert.That(parser.En, Does.StartWith("The command line cannot be read: Encountered unknown token (x)."));
        Assert.That(check.Nl, Is.EqualTo("--draws moet tussen 0 en 1000000 liggen."));
    }
}
