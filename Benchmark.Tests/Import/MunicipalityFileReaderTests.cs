using System.Text;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

public sealed class MunicipalityFileReaderTests
{
    private static MunicipalityFileResult Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static MunicipalityFileResult Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return MunicipalityFileReader.Read(stream, "ref.csv", ImportOptions.Default);
    }

    private static Municipality Get(MunicipalityFileResult result, string code) => result.Registry.Find(MunicipalityCode.Parse(code))!;

    [Test]
    public void Read_SeveralYears_GiveInhabitantsPerYearAndTheLatestName()
    {
        var result = Read("code;naam;provincie;jaar;inwoners\nGM1900;Súdwest Fryslân;Fryslân;2023;89000\nGM1900;Súdwest-Fryslân;Friesland;2024;90421\n");

        var m = Get(result, "GM1900");
        Assert.That(result.Report.Findings, Is.Empty);
        Assert.That(m.Inhabitants, Is.EqualTo(new Dictionary<int, long> { [2023] = 89000, [2024] = 90421 }));
        Assert.That((m.Name, m.Province), Is.EqualTo(("Súdwest-Fryslân", "Friesland")));
        Assert.That(result.Report.Format!.Layout, Is.EqualTo("municipalities"));
    }

    [Test]
    public void Read_Validity_DecidesWhetherTheMunicipalityExists()
    {
        var result = Read("gemeentecode;gemeentenaam;valid_from;valid_to\nGM0007;Bellingwedde;;2017\nGM1950;Westerwolde;2018;\n");

        Assert.That(Get(result, "GM0007").ExistsIn(2017), Is.True);
        Assert.That(Get(result, "GM0007").ExistsIn(2018), Is.False);
        Assert.That(Get(result, "GM1950").ExistsIn(2017), Is.False);
        Assert.That(Get(result, "GM1950").ExistsIn(2024), Is.True);
    }

    [Test]
    public void Read_NoYearColumn_InhabitantsCountForEveryYear()
    {
        var result = Read("gemeentecode;gemeentenaam;inwoners;oppervlakte km2\nGM0363;Amsterdam;931298;219,32\n");

        var m = Get(result, "GM0363");
        Assert.That(m.InhabitantsIn(2030), Is.EqualTo(931298));
        Assert.That(m.AreaKm2, Is.EqualTo(219.32));
    }

    [Test]
    public void Read_MergedOverBuiltIn_AddsAndReplacesEntries()
    {
        var result = Read("gemeentecode;gemeentenaam;provincie;jaar;inwoners\nGM9001;Nieuwstad;Flevoland;2025;1000\nGM0363;Amsterdam;Noord-Holland;2025;940000\n");

        var merged = BuiltInMunicipalities.Registry.Merge(result.Registry);

        Assert.That(merged.Count, Is.EqualTo(343));
        Assert.That(merged.Find(MunicipalityCode.Parse("GM0363"))!.InhabitantsIn(2025), Is.EqualTo(940000));
    }

    [Test]
    public void Read_Windows1252_KeepsNames()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("gemeentecode;gemeentenaam;provincie\r\nGM1900;Súdwest-Fryslân;Friesland\r\n");

        var result = Read(bytes);

        Assert.That(result.Report.Format!.Encoding, Is.EqualTo("windows-1252"));
        Assert.That(Get(result, "GM1900").Name, Is.EqualTo("Súdwest-Fryslân"));
    }

    [Test]
    public void Read_MissingNameColumn_RejectsTheFile()
    {
        var result = Read("gemeentecode;provincie\nGM0363;Noord-Holland\n");

        var f = result.Report.Findings.Single();
        Assert.That((f.Rule, f.Line, f.Column), Is.EqualTo((Rules.MissingColumn, 1, (string?)null)));
        Assert.That(result.Registry.Count, Is.Zero);
        Assert.That((result.Report.RowsRead, result.Report.RowsRejected), Is.EqualTo((1, 1)));
    }

    [Test]
    public void Read_BadRows_AreFindingsByLineAndColumn()
    {
        var result = Read("gemeentecode;gemeentenaam;jaar;inwoners\nGM36;X;2024;5\nGM0363;Amsterdam;20x4;5\nGM0014;Groningen;2024;12,5\nGM0034;Almere;2024;1\nGM0034;Almere;2024;2\n");

        var findings = result.Report.Findings.Select(f => (f.Rule, f.Line, f.Column, f.Value)).ToList();
        Assert.That(findings, Is.EqualTo(new[]
        {
            (Rules.MalformedCode, 2, (string?)"gemeentecode", (string?)"GM36"),
            (Rules.InvalidYear, 3, "jaar", "20x4"),
            (Rules.NotANumber, 4, "inwoners", "12,5"),
            (Rules.DuplicateConflict, 6, "inwoners", "2"),
        }));
        Assert.That(Get(result, "GM0014").Inhabitants, Is.Empty);
        Assert.That(Get(result, "GM0034").Inhabitants, Is.Empty, "conflicting values for one year are both rejected");
        Assert.That((result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected), Is.EqualTo((5, 3, 2)));
    }

    [Test]
    public void Read_MissingFile_IsUnreadableAndEmpty()
    {
        var result = MunicipalityFileReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv"), ImportOptions.Default);

        Assert.That(result.Report.Findings.Single().Rule, Is.EqualTo(Rules.FileUnreadable));
        Assert.That(result.Registry.Count, Is.Zero);
    }
}
