using System.Text;
using Benchmark.Import.Groups;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Validation;
using static Benchmark.Tests.PeerGroups.PeerTestData;

namespace Benchmark.Tests.PeerGroups;

public sealed class GroupFileReaderTests
{
    private static readonly string TestFile = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "groups", "groups.csv");

    // The municipalities groups.csv names (CBS 2024 codes and names).
    private static readonly MunicipalityRegistry Reference = Registry(
        M(141, 68_000, "Overijssel", "Almelo"),
        M(150, 102_000, "Overijssel", "Deventer"),
        M(153, 161_738, "Overijssel", "Enschede"),
        M(164, 88_000, "Overijssel", "Hengelo (O.)"),
        M(193, 133_141, "Overijssel", "Zwolle"),
        M(344, 374_238, "Utrecht", "Utrecht"),
        M(363, 931_298, "Noord-Holland", "Amsterdam"),
        M(518, 566_221, "Zuid-Holland", "'s-Gravenhage"),
        M(599, 670_610, "Zuid-Holland", "Rotterdam"),
        M(772, 243_000, "Noord-Brabant", "Eindhoven"));

    private static GroupFileResult ReadText(string text, MunicipalityRegistry? reference = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(text), reference);

    private static GroupFileResult ReadBytes(byte[] bytes, MunicipalityRegistry? reference = null)
    {
        using var stream = new MemoryStream(bytes);
        return GroupFileReader.Read(stream, "groepen.csv", reference ?? Reference);
    }

    [Test]
    public void Read_TestFile_BuildsGroupsFromTheGoodRows()
    {
        var result = GroupFileReader.Read(TestFile, Reference);

        Assert.That(result.Groups.Names, Is.EqualTo(new[] { "Leerkring Oost", "Leerkring West", "Leerkring Zuid" }));
        Assert.That(Codes(result.Groups.Find("leerkring oost")!.Members), Is.EqualTo(new[] { "GM0150", "GM0153", "GM0164", "GM0193" }));
        Assert.That(Codes(result.Groups.Find("Leerkring West")!.Members), Is.EqualTo(new[] { "GM0363", "GM0518", "GM0599" }));
        Assert.That(Codes(result.Groups.Find("Leerkring Zuid")!.Members), Is.EqualTo(new[] { "GM0772" }));
        Assert.That((result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected), Is.EqualTo((12, 9, 3)));
        Assert.That(result.Report.Format, Is.EqualTo(new FileFormatInfo("utf-8-bom", ';', '.', "groups")));
    }

    [Test]
    public void Read_TestFile_ReportsEachPlantedProblemByLineColumnAndValue()
    {
        var result = GroupFileReader.Read(TestFile, Reference);

        var findings = result.Report.Findings.Select(f => (f.Rule, f.Severity, f.Line, f.Column, f.Value)).ToList();
        Assert.That(findings, Is.EqualTo(new (string, Severity, int, string?, string?)[]
        {
            (Rules.MalformedCode, Severity.Error, 6, "gemeentecode", "GM15O3"),
            (Rules.UnknownCode, Severity.Error, 9, "gemeentecode", "GM9999"),
            (Rules.DuplicateRepeat, Severity.Warning, 11, "gemeentecode", "GM0599"),
            (Rules.MissingGroupName, Severity.Error, 12, "groep", string.Empty),
            (Rules.NameMismatch, Severity.Warning, 13, "gemeentenaam", "Utrecht"),
        }));
        Assert.That(result.Report.Findings, Has.All.Matches<Finding>(f => f!.File == TestFile));
        Assert.That(result.HasErrors, Is.True);
    }

    [Test]
    public void Read_Findings_SpeakDutchAndEnglishAndSayWhatToDo()
    {
        var result = GroupFileReader.Read(TestFile, Reference);

        var malformed = result.Report.Findings.Single(f => f.Rule == Rules.MalformedCode);
        Assert.That(malformed.Message.Nl, Does.Contain("'GM15O3' is geen gemeentecode").And.Contain("GM0363"));
        Assert.That(malformed.Message.En, Does.Contain("'GM15O3' is not a municipality code").And.Contain("GM0363"));
        Assert.That(result.Report.Findings, Has.All.Matches<Finding>(f =>
            f!.Message.Nl.Length > 0 && f.Message.En.Length > 0 && f.Message.Nl != f.Message.En && f.Hint.Nl.Length > 0 && f.Hint.En.Length > 0));
        var repeat = result.Report.Findings.Single(f => f.Rule == Rules.DuplicateRepeat);
        Assert.That(repeat.Message.En, Is.EqualTo("GM0599 is already in group 'Leerkring West' (line 8); counted once."));
    }

    [Test]
    public void Read_PathAndStream_GiveTheSameGroups()
    {
        var fromPath = GroupFileReader.Read(TestFile, Reference);
        using var stream = File.OpenRead(TestFile);
        var fromStream = GroupFileReader.Read(stream, TestFile, Reference);

        Assert.That(fromStream.Groups.All, Has.Count.EqualTo(fromPath.Groups.All.Count));
        Assert.That(fromStream.Groups.All.Select(g => g.Members), Is.EqualTo(fromPath.Groups.All.Select(g => g.Members)));
        Assert.That(fromStream.Report.Findings, Is.EqualTo(fromPath.Report.Findings));
    }

    [Test]
    public void Read_CommaSeparatedAliasesAndShortCodes()
    {
        var result = ReadText("Leerkring,GM-code\nNoord,363\nNoord,gm0599\n");

        Assert.That(result.Report.Findings, Is.Empty);
        Assert.That(result.Report.Format?.Separator, Is.EqualTo(','));
        Assert.That(result.Report.Format?.Encoding, Is.EqualTo("utf-8"));
        Assert.That(Codes(result.Groups.Find("noord")!.Members), Is.EqualTo(new[] { "GM0363", "GM0599" }));
    }

    [Test]
    public void Read_Windows1252_IsDecoded()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("groep;code\r\nZuidwest-Fryslân;GM0363\r\n");

        var result = ReadBytes(bytes);

        Assert.That(result.Report.Format?.Encoding, Is.EqualTo("windows-1252"));
        Assert.That(result.Groups.Names, Is.EqualTo(new[] { "Zuidwest-Fryslân" }));
    }

    [Test]
    public void Read_MissingCodeColumn_RejectsEveryRowWithOneFinding()
    {
        var result = ReadText("groep;gemeente\nOost;Enschede\nOost;Zwolle\n");

        Assert.That(result.Groups.Count, Is.Zero);
        Assert.That(result.Report.Findings.Select(f => (f.Rule, f.Line)), Is.EqualTo(new[] { (Rules.MissingColumn, 1) }));
        Assert.That(result.Report.Findings[0].Message.En, Does.Contain("code column is missing (found: groep, gemeente)"));
        Assert.That((result.Report.RowsRead, result.Report.RowsRejected), Is.EqualTo((2, 2)));
    }

    [Test]
    public void Read_TwoGroupColumns_IsADuplicateColumnError()
    {
        var result = ReadText("groep;leerkring;code\nOost;West;GM0363\n");

        Assert.That(result.Groups.Count, Is.Zero);
        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(Rules.DuplicateColumn));
        Assert.That(result.Report.Findings.Single().Column, Is.EqualTo("leerkring"));
    }

    [Test]
    public void Read_UnknownColumn_IsIgnoredWithAWarning()
    {
        var result = ReadText("groep;code;opmerking\nOost;GM0363;trekker\n");

        Assert.That(result.Report.Findings.Select(f => (f.Rule, f.Severity, f.Column)), Is.EqualTo(new[] { (Rules.UnknownColumn, Severity.Warning, (string?)"opmerking") }));
        Assert.That(result.Groups.Find("Oost")!.Members, Is.EqualTo(new[] { C(363) }));
    }

    [Test]
    public void Read_WrongFieldCount_RejectsTheRow()
    {
        var result = ReadText("groep;code\nOost;GM0363;extra\nOost;GM0599\n");

        Assert.That(result.Report.Findings.Select(f => (f.Rule, f.Line)), Is.EqualTo(new[] { (Rules.FieldCount, 2) }));
        Assert.That(result.Groups.Find("Oost")!.Members, Is.EqualTo(new[] { C(599) }));
        Assert.That((result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected), Is.EqualTo((2, 1, 1)));
    }

    [Test]
    public void Read_RowsWithOnlyEmptyFields_AreSkippedLikeEmptyLines()
    {
        var result = ReadText("groep;code\nOost;GM0363\n;\n\nOost;GM0599\n");

        Assert.That(result.Report.Findings, Is.Empty);
        Assert.That(result.Report.RowsRead, Is.EqualTo(2));
        Assert.That(result.Groups.Find("Oost")!.Members, Has.Count.EqualTo(2));
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF })]
    [TestCase(new byte[] { 0x0D, 0x0A, 0x20 })]
    public void Read_EmptyFile_IsUnreadableNotAnException(byte[] bytes)
    {
        var result = ReadBytes(bytes);

        Assert.That(result.Groups.Count, Is.Zero);
        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(Rules.FileUnreadable));
        Assert.That(result.Report.Findings.Single().Message.Nl, Is.EqualTo("Het groepenbestand is leeg."));
    }

    [Test]
    public void Read_MissingFile_IsAnUnreadableFinding()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "groups", "does-not-exist.csv");

        var result = GroupFileReader.Read(path, Reference);

        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(Rules.FileUnreadable));
        Assert.That(result.Report.Findings.Single().File, Is.EqualTo(path));
        Assert.That(result.Report.Format, Is.Null);
    }

    [Test]
    public void Read_WithoutReference_UsesTheBuiltInOne()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("groep;gemeentecode\nG4;GM0363\nG4;GM0344\nG4;GM0001\n"));

        var result = GroupFileReader.Read(stream, "g4.csv");

        Assert.That(result.Groups.Find("G4")!.Members, Is.EqualTo(new[] { C(344), C(363) }));
        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(Rules.UnknownCode));
    }

    [Test]
    public void GroupsFromAFile_FeedTheResolver()
    {
        var groups = GroupFileReader.Read(TestFile, Reference).Groups;
        var context = new PeerGroupContext(Reference, DataFor(Year, Reference.All)) { Groups = groups };

        var group = PeerGroupResolver.Resolve(C(153), Year, PeerGroupSpec.Parse("group:LEERKRING OOST"), context);

        Assert.That(group.Name.Nl, Is.EqualTo("Leerkring Oost"));
        Assert.That(group.Count, Is.EqualTo(4));
        Assert.That(group.FocusIsMember, Is.True);
    }

    [Test]
    public void Rules_DefineTheMissingGroupNameRuleAsAnError()
    {
        var rule = Rules.All.Single(r => r.Id == Rules.MissingGroupName);

        Assert.That((rule.Id, rule.Severity, rule.Group), Is.EqualTo((Rules.MissingGroupName, Severity.Error, "structure")));
    }
}
