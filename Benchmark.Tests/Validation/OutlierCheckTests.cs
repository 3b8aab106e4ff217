using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class OutlierCheckTests
{
    // Worked example (sickness absence %, eleven municipalities): the ten values below plus one value x.
    // Sorted without x: 5.0 5.0 5.5 5.5 6.0 6.0 6.0 6.5 6.5 7.0. With x = 8.5, 8.6 or 3.4 the median (6th of 11) is 6.0.
    // Absolute deviations from 6.0: 1 1 .5 .5 0 0 0 .5 .5 1 and |x − 6|; sorted, the 6th is 0.5, so MAD = 0.5.
    // Scaled as R's mad(x) (constant 1.4826): 0.7413. Robust z = (x − 6) / 0.7413:
    //   x = 8.6 → 2.6 / 0.7413 = 3.507 > 3.5 (outlier); x = 8.5 → 2.5 / 0.7413 = 3.372 (not); x = 3.4 → −3.507 (outlier).
    // R: x <- c(5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 5, 8.6); (x - median(x)) / mad(x)  # last element 3.507
    private static readonly double[] Base = [5.0, 5.5, 5.5, 6.0, 6.0, 6.0, 6.5, 6.5, 7.0, 5.0];

    [TestCase(8.6, true, 3.51)]
    [TestCase(8.5, false, 3.37)]
    [TestCase(3.4, true, -3.51)]
    public void Outlier_RobustZAroundThreshold(double x, bool flagged, double z)
    {
        var report = Validate(Sickness(Base.Append(x)));

        var findings = report.Of(Rules.Outlier);
        Assert.That(findings.Count, Is.EqualTo(flagged ? 1 : 0));
        if (flagged)
        {
            var f = findings[0];
            Assert.That((f.Severity, f.Line, f.Column, f.Value),
                Is.EqualTo((Severity.Warning, 11, "sickness_absence_pct", x.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(f.Message.En, Does.Contain($"robust z = {z:0.00}").And.Contain("median 6,").And.Contain("raw MAD 0.5,").And.Contain("(1.4826 × raw MAD)"));
            Assert.That(f.Message.Nl, Does.Contain($"robuuste z = {z.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}"));
        }

        Assert.That(report.Accepted(M(11), 2023, "sickness_absence_pct"), Is.EqualTo(x), "an outlier is kept");
    }

    [Test]
    public void Outlier_FewerThanMinimumCount_IsNotLookedFor()
    {
        // Nine values (one below the default minimum of 10) with an extreme one.
        var report = Validate(Sickness([5.0, 5.5, 5.5, 6.0, 6.0, 6.0, 6.5, 6.5, 11.9]));

        Assert.That(report.Of(Rules.Outlier), Is.Empty);
    }

    [Test]
    public void Outlier_MinimumCountIsAnOption()
    {
        var options = ValidationOptions.Default with { OutlierMinimumCount = 9 };

        var report = Validate(Sickness([5.0, 5.5, 5.5, 6.0, 6.0, 6.0, 6.5, 6.5, 11.9]), Context(options));

        Assert.That(report.Of(Rules.Outlier).Single().Value, Is.EqualTo("11.9"));
    }

    [Test]
    public void Outlier_MadZero_IsSkipped()
    {
        // Six of eleven values equal: the MAD is 0, so no robust z exists.
        var report = Validate(Sickness([6, 6, 6, 6, 6, 6, 5, 7, 4, 8, 11.9]));

        Assert.That(report.Of(Rules.Outlier), Is.Empty);
    }

    [Test]
    public void Outlier_SizeDependentIndicator_IsNotChecked()
    {
        // Total expenditure scales with size: a large city is no outlier.
        var builder = new DatasetBuilder();
        for (var i = 1; i <= 11; i++)
        {
            builder.Put(M(i), 2023, "total_expenditure", i == 11 ? 9_000_000_000 : 100_000_000 + (i * 1_000_000), line: i);
        }

        Assert.That(Validate(builder).Of(Rules.Outlier), Is.Empty);
    }

    [Test]
    public void Outlier_SurveyHelperFigures_AreNotChecked()
    {
        var builder = new DatasetBuilder();
        for (var i = 1; i <= 11; i++)
        {
            builder.Put(M(i), 2023, "employee_satisfaction_sd", i == 11 ? 4.4 : 1.0 + (i * 0.01), line: i);
        }

        Assert.That(Validate(builder).Of(Rules.Outlier), Is.Empty);
    }

    [Test]
    public void Outlier_OnComputedValue_IsLocatedOnFirstInputLine()
    {
        // Overhead % computed for eleven municipalities: 10 11 11 12 12 12 13 13 14 10 and 17.3.
        // Median 12; deviations 2 1 1 0 0 0 1 1 2 2 5.3 → MAD 1; z = 5.3 / 1.4826 = 3.575 > 3.5.
        double[] pct = [10, 11, 11, 12, 12, 12, 13, 13, 14, 10, 17.3];
        var builder = new DatasetBuilder();
        for (var i = 0; i < pct.Length; i++)
        {
            builder.Put(M(i + 1), 2023, "total_expenditure", 100_000_000, line: 20 + i)
                .Put(M(i + 1), 2023, "overhead_costs", pct[i] * 1_000_000, line: 20 + i);
        }

        var report = Validate(builder);

        var f = report.Of(Rules.Outlier).Single();
        Assert.That((f.File, f.Line, f.Column, f.Value), Is.EqualTo((FileName, 30, "overhead_pct", "17.3")));
        Assert.That(f.Message.En, Does.Contain("computed: 100 × overhead_costs / total_expenditure").And.Contain("robust z = 3.57"));
    }

    [Test]
    public void Outlier_DirectAndComputedValues_FormOneDistribution()
    {
        // Five give overhead % directly, six through their components; 17.3 among the computed ones is still the outlier.
        double[] pct = [10, 11, 11, 12, 12, 12, 13, 13, 14, 10, 17.3];
        var builder = new DatasetBuilder();
        for (var i = 0; i < pct.Length; i++)
        {
            if (i < 5)
            {
                builder.Put(M(i + 1), 2023, "overhead_pct", pct[i], line: 20 + i);
            }
            else
            {
                builder.Put(M(i + 1), 2023, "total_expenditure", 100_000_000, line: 20 + i)
                    .Put(M(i + 1), 2023, "overhead_costs", pct[i] * 1_000_000, line: 20 + i);
            }
        }

        Assert.That(Validate(builder).Of(Rules.Outlier).Single().Line, Is.EqualTo(30));
    }

    private static DatasetBuilder Sickness(IEnumerable<double> values)
    {
        var builder = new DatasetBuilder();
        var i = 0;
        foreach (var v in values)
        {
            i++;
            builder.Put(M(i), 2023, "sickness_absence_pct", v, line: i);
        }

        return builder;
    }
}
