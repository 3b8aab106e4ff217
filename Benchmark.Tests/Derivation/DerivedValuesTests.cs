using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Municipalities;

namespace Benchmark.Tests.Derivation;

public sealed class DerivedValuesTests
{
    private static readonly MunicipalityCode A = new(1);
    private static readonly MunicipalityCode B = new(2);
    private static readonly MunicipalityCode C = new(3);
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Default;

    [Test]
    public void Compute_Overhead_IsTwelvePercent()
    {
        // 100 × 12,000,000 / 100,000,000 = 12.0 % (BBV overhead: overhead costs / total expenditure).
        var value = DerivedValues.Compute([12_000_000], [100_000_000], 100);

        Assert.That(value, Is.EqualTo(12.0).Within(1e-12));
    }

    [Test]
    public void Compute_ExternalHire_UsesWageBillPlusHireAsDenominator()
    {
        // BBV: hire / (wage bill + hire) × 100 = 1,000,000 / (9,000,000 + 1,000,000) × 100 = 10 %.
        var formula = Catalog.Get("external_hire_pct").Formula!;
        var values = new Dictionary<string, double> { ["external_hire_costs"] = 1_000_000, ["wage_bill"] = 9_000_000 };

        var value = DerivedValues.Compute(formula, c => values[c]);

        Assert.That(value, Is.EqualTo(10.0).Within(1e-12));
    }

    [Test]
    public void Compute_ZeroDenominator_IsNaN()
    {
        Assert.That(DerivedValues.Compute([5], [0], 100), Is.NaN);
    }

    [Test]
    public void Compute_MissingInput_IsNaN()
    {
        Assert.That(DerivedValues.Compute([double.NaN], [10], 100), Is.NaN);
        Assert.That(DerivedValues.Compute([1], [10, double.NaN], 100), Is.NaN);
    }

    [Test]
    public void TryCompute_InhabitantsInDataset_UsesDataset()
    {
        var data = new DatasetBuilder()
            .Add(A, 2023, "fte_staffed", 300)
            .Add(A, 2023, "inhabitants", 50_000)
            .Build();
        var registry = Registry((A, 2023, 60_000));

        var value = DerivedValues.TryCompute(Catalog.Get("bezetting_per_1000"), data, A, 2023, registry);

        // 1000 × 300 / 50,000 = 6.0 FTE per 1,000 inhabitants; the dataset's inhabitants win over the reference.
        Assert.That(value, Is.Not.Null);
        Assert.That(value!.Value, Is.EqualTo(6.0).Within(1e-12));
        Assert.That(value.InhabitantsFromRegistry, Is.False);
    }

    [Test]
    public void TryCompute_InhabitantsAbsent_FallsBackToRegistry()
    {
        var data = new DatasetBuilder().Add(A, 2023, "fte_staffed", 300).Build();
        var registry = Registry((A, 2023, 60_000));

        var value = DerivedValues.TryCompute(Catalog.Get("bezetting_per_1000"), data, A, 2023, registry);

        // 1000 × 300 / 60,000 = 5.0.
        Assert.That(value, Is.Not.Null);
        Assert.That(value!.Value, Is.EqualTo(5.0).Within(1e-12));
        Assert.That(value.Denominator, Is.EqualTo(60_000));
        Assert.That(value.InhabitantsFromRegistry, Is.True);
    }

    [Test]
    public void TryCompute_InhabitantsMissingInDataset_FallsBackToNearestRegistryYear()
    {
        var data = new DatasetBuilder()
            .Add(A, 2021, "ict_costs", 4_000_000)
            .Add(A, 2021, "inhabitants", double.NaN)
            .Build();
        var registry = Registry((A, 2024, 40_000));

        var value = DerivedValues.TryCompute(Catalog.Get("ict_costs_per_inhabitant"), data, A, 2021, registry);

        // 4,000,000 / 40,000 (2024 is the nearest year the reference knows) = 100 euro per inhabitant.
        Assert.That(value?.Value, Is.EqualTo(100.0).Within(1e-12));
    }

    [Test]
    public void TryCompute_NoRegistryAndNoInhabitants_IsNull()
    {
        var data = new DatasetBuilder().Add(A, 2023, "fte_staffed", 300).Build();

        Assert.That(DerivedValues.TryCompute(Catalog.Get("bezetting_per_1000"), data, A, 2023), Is.Null);
    }

    [Test]
    public void TryCompute_RawIndicator_IsNull()
    {
        var data = new DatasetBuilder().Add(A, 2023, "wage_bill", 1).Build();

        Assert.That(DerivedValues.TryCompute(Catalog.Get("wage_bill"), data, A, 2023), Is.Null);
    }

    [Test]
    public void ComputeMissing_SkipsIndicatorsGivenDirectly()
    {
        var data = new DatasetBuilder()
            .Add(A, 2023, "overhead_costs", 12_000_000)
            .Add(A, 2023, "total_expenditure", 100_000_000)
            .Add(B, 2023, "overhead_costs", 5_000_000)
            .Add(B, 2023, "total_expenditure", 50_000_000)
            .Add(B, 2023, "overhead_pct", 9.9)
            .Build();

        var values = DerivedValues.ComputeMissing(data, Catalog);

        Assert.That(values.Select(v => (v.Indicator, v.Municipality, v.Year)), Is.EqualTo(new[] { ("overhead_pct", A, 2023) }));
        Assert.That(values[0].Value, Is.EqualTo(12.0).Within(1e-12));
        Assert.That(values[0].ToObservation().Source, Is.EqualTo(SourceLocation.None));
    }

    [Test]
    public void GroupRatio_IsSumOverSumNotMeanOfRatios()
    {
        // A: 10 / 100 = 10 %, B: 90 / 300 = 30 %; C has no total expenditure and is left out.
        // Group ratio: 100 × (10 + 90) / (100 + 300) = 25 %, whereas the mean of the two ratios would be 20 %.
        var data = new DatasetBuilder()
            .Add(A, 2023, "overhead_costs", 10).Add(A, 2023, "total_expenditure", 100)
            .Add(B, 2023, "overhead_costs", 90).Add(B, 2023, "total_expenditure", 300)
            .Add(C, 2023, "overhead_costs", 99)
            .Build();

        var result = DerivedValues.GroupRatio(Catalog.Get("overhead_pct").Formula!, data, 2023, [A, B, C]);

        Assert.That(result.Value, Is.EqualTo(25.0).Within(1e-12));
        Assert.That(result.Numerator, Is.EqualTo(100));
        Assert.That(result.Denominator, Is.EqualTo(400));
        Assert.That(result.Included, Is.EqualTo(new[] { A, B }));
        Assert.That(result.Excluded, Is.EqualTo(new[] { C }));
    }

    [Test]
    public void GroupRatio_NoCompleteMember_IsNaN()
    {
        var data = new DatasetBuilder().Add(A, 2023, "overhead_costs", 10).Build();

        var result = DerivedValues.GroupRatio(Catalog.Get("overhead_pct").Formula!, data, 2023, [A]);

        Assert.That(result.Value, Is.NaN);
        Assert.That(result.Count, Is.Zero);
    }

    [Test]
    public void GroupRatio_Spans_SkipIncompletePairs()
    {
        // 100 × (1 + 3) / (10 + 30) = 10; the pair (5, NaN) is skipped.
        var value = DerivedValues.GroupRatio([1, 3, 5], [10, 30, double.NaN], 100);

        Assert.That(value, Is.EqualTo(10.0).Within(1e-12));
    }

    [Test]
    public void GroupRatio_SpansOfDifferentLength_Throw()
    {
        Assert.Throws<ArgumentException>(() => DerivedValues.GroupRatio([1.0], [1.0, 2.0]));
    }

    private static MunicipalityRegistry Registry(params (MunicipalityCode Code, int Year, long Inhabitants)[] entries) =>
        new(entries.Select(e => new Municipality(e.Code, $"Gemeente {e.Code.Number}", "Utrecht", new Dictionary<int, long> { [e.Year] = e.Inhabitants })));
}
