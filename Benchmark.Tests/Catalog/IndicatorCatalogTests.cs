using Benchmark.Catalog;

namespace Benchmark.Tests.Catalog;

public sealed class IndicatorCatalogTests
{
    [Test]
    public void Default_HasTheIssueIndicators()
    {
        var codes = IndicatorCatalog.Default.All.Select(i => i.Code.Value).ToList();

        Assert.That(codes, Is.SupersetOf(new[]
        {
            "inhabitants", "total_expenditure", "overhead_costs", "fte_establishment", "fte_staffed", "wage_bill",
            "external_hire_costs", "running_costs", "ict_costs", "workstations", "sickness_absence_pct",
            "sickness_notification_frequency", "employee_satisfaction", "employee_satisfaction_n", "employee_satisfaction_sd",
            "internal_customer_satisfaction", "internal_customer_satisfaction_n", "internal_customer_satisfaction_sd",
            "area_km2", "address_density", "overhead_pct", "formatie_per_1000", "bezetting_per_1000",
            "running_costs_per_inhabitant", "external_hire_pct", "ict_costs_per_inhabitant", "ict_costs_per_fte",
            "ict_costs_per_workstation",
        }));
    }

    [TestCase("Overheadpercentage", "overhead_pct")]
    [TestCase("overhead %", "overhead_pct")]
    [TestCase("Totale lasten", "total_expenditure")]
    [TestCase("TOTALE_LASTEN", "total_expenditure")]
    [TestCase("ICT-kosten", "ict_costs")]
    [TestCase("Bezetting (fte)", "fte_staffed")]
    [TestCase("apparaatskosten", "running_costs")]
    public void FindByHeader_MatchesAliasesCaseAndSpaceInsensitively(string header, string code)
    {
        Assert.That(IndicatorCatalog.Default.FindByHeader(header)?.Code.Value, Is.EqualTo(code));
    }

    [Test]
    public void FindByHeader_UnknownHeader_IsNull()
    {
        Assert.That(IndicatorCatalog.Default.FindByHeader("aantal koffieautomaten"), Is.Null);
    }

    [Test]
    public void ExternalHire_FollowsTheBbvDefinition()
    {
        var formula = IndicatorCatalog.Default.Get("external_hire_pct").Formula!;

        Assert.That(formula.Numerator, Is.EqualTo(new[] { "external_hire_costs" }));
        Assert.That(formula.Denominator, Is.EqualTo(new[] { "wage_bill", "external_hire_costs" }));
        Assert.That(formula.Scale, Is.EqualTo(100));
    }

    [Test]
    public void RunningCostsPerInhabitant_HasSeriesBreakIn2022()
    {
        var indicator = IndicatorCatalog.Default.Get("running_costs_per_inhabitant");

        Assert.That(indicator.IsSeriesBreak(2022), Is.True);
        Assert.That(indicator.IsSeriesBreak(2021), Is.False);
        Assert.That(indicator.CrossesSeriesBreak(2020, 2023), Is.True);
        Assert.That(indicator.CrossesSeriesBreak(2022, 2024), Is.False);
    }

    [Test]
    public void Load_FormulaNamingUnknownIndicator_IsInvalidData()
    {
        const string json = """
            { "version": "t", "indicators": [
              { "code": "x_pct", "name": { "nl": "X", "en": "X" }, "unit": "Percent", "direction": "LowerIsBetter", "kind": "Derived",
                "formula": { "numerator": ["a"], "denominator": ["b"], "scale": 100 } } ] }
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var ex = Assert.Throws<InvalidDataException>(() => IndicatorCatalog.Load(stream));
        Assert.That(ex!.Message, Does.Contain("'a'"));
    }

    [Test]
    public void Load_FormulaNamingABuiltInIndicator_TakesItFromTheBuiltInCatalogue()
    {
        // Issue #10: a custom ratio per inhabitant was refused ("refers to 'inhabitants', which is not in the catalogue").
        const string json = """
            { "version": "t", "indicators": [
              { "code": "printing_costs", "name": { "nl": "Printkosten", "en": "Printing costs" }, "unit": "Euro", "direction": "LowerIsBetter", "kind": "Raw" },
              { "code": "printing_per_inhabitant", "name": { "nl": "Printkosten per inwoner", "en": "Printing costs per inhabitant" }, "unit": "EuroPerInhabitant", "direction": "LowerIsBetter", "kind": "Derived",
                "formula": { "numerator": ["printing_costs"], "denominator": ["inhabitants"], "scale": 1 } } ] }
            """;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var catalog = IndicatorCatalog.Load(stream);

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Get("printing_per_inhabitant").Formula!.Denominator, Is.EqualTo(new[] { "inhabitants" }));
            Assert.That(catalog.Get("inhabitants"), Is.SameAs(IndicatorCatalog.Default.Get("inhabitants")));
            Assert.That(catalog.All.Select(i => i.Code.Value), Is.EqualTo(new[] { "printing_costs", "printing_per_inhabitant", "inhabitants" }));
        });
    }

    [Test]
    public void Load_MalformedJson_SaysWhere()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{ \"indicators\": [ { \"code\": } ] }"));

        var ex = Assert.Throws<InvalidDataException>(() => IndicatorCatalog.Load(stream));
        Assert.That(ex!.Message, Does.Contain("line 1"));
    }
}
