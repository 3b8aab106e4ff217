using Benchmark.Import;
using Benchmark.Municipalities;

namespace Benchmark.Tests.Import;

/// <summary>The built-in reference is samples/municipalities.csv (CBS 85984NED, 342 municipalities of 2024).</summary>
public sealed class BuiltInMunicipalitiesTests
{
    [Test]
    public void Read_EmbeddedFile_HasNoFindingsAndAllRowsAccepted()
    {
        var result = BuiltInMunicipalities.Read();

        Assert.That(result.Report.Findings, Is.Empty);
        Assert.That(result.Report.RowsRead, Is.EqualTo(342));
        Assert.That(result.Report.RowsAccepted, Is.EqualTo(342));
        Assert.That(result.Report.Format, Is.EqualTo(new Benchmark.Validation.FileFormatInfo("utf-8-bom", ';', ',', "municipalities")));
    }

    [Test]
    public void Registry_Has342Municipalities()
    {
        Assert.That(BuiltInMunicipalities.Registry.Count, Is.EqualTo(342));
    }

    [TestCase("GM1900", "Súdwest-Fryslân", "Friesland")]
    [TestCase("GM0820", "Nuenen, Gerwen en Nederwetten", "Noord-Brabant")]
    [TestCase("GM0518", "'s-Gravenhage", "Zuid-Holland")]
    public void Registry_KeepsNamesIntact(string code, string name, string province)
    {
        var m = BuiltInMunicipalities.Registry.Find(MunicipalityCode.Parse(code));

        Assert.That(m, Is.Not.Null);
        Assert.That(m!.Name, Is.EqualTo(name));
        Assert.That(m.Province, Is.EqualTo(province));
    }

    [Test]
    public void Registry_ReadsInhabitantsAndAreaWithDecimalComma()
    {
        // samples/municipalities.csv line 2: GM0014;Groningen;Groningen;2024;243768;197,96
        var groningen = BuiltInMunicipalities.Registry.Find(MunicipalityCode.Parse("GM0014"))!;

        Assert.That(groningen.Inhabitants[2024], Is.EqualTo(243768));
        Assert.That(groningen.AreaKm2, Is.EqualTo(197.96));
    }
}
