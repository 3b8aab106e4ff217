using Benchmark.Catalog;
using Benchmark.Import.Headers;

namespace Benchmark.Tests.Import;

public sealed class KeyColumnsTests
{
    [TestCase("Gemeentecode", "Code")]
    [TestCase("GM-code", "Code")]
    [TestCase("GM_CODE", "Code")]
    [TestCase("CBS-code", "Code")]
    [TestCase("Municipality code", "Code")]
    [TestCase("regiocode", "Code")]
    [TestCase("Gemeente", "Name")]
    [TestCase("Municipality", "Name")]
    [TestCase("Peiljaar", "Year")]
    [TestCase("BOEKJAAR", "Year")]
    [TestCase("Variabele", "Indicator")]
    [TestCase("Waarde", "Value")]
    [TestCase("Provincie", "Province")]
    public void Find_Alias_GivesRole(string header, string role)
    {
        Assert.That(KeyColumns.Find(header)?.ToString(), Is.EqualTo(role));
    }

    [Test]
    public void Aliases_NeverNormalizeToTwoRoles()
    {
        var clashes = KeyColumns.Aliases
            .SelectMany(p => p.Value.Select(a => (Key: HeaderName.Normalize(a), Role: p.Key)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Role).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.That(clashes, Is.Empty);
    }

    [Test]
    public void Aliases_AreNoIndicatorHeaders()
    {
        var taken = KeyColumns.Aliases.Values.SelectMany(a => a).Where(a => IndicatorCatalog.Default.FindByHeader(a) is not null);

        Assert.That(taken, Is.Empty);
    }
}
