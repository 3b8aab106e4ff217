using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

public sealed class SurveyEstimateTests
{
    // Worked example: mean 7.2, n = 100, s = 1.5, population unknown.
    // SE = 1.5 / √100 = 0.15; t(0.975, 99) = 1.984217 (R: qt(0.975, 99)); margin = 0.2976326; CI [6.9023674, 7.4976326].
    private const double TCrit99 = 1.984217;

    [Test]
    public void Compute_WorkedExample_GivesStandardErrorAndInterval()
    {
        var estimate = SurveyEstimate.Compute(7.2, 100, 1.5);

        Assert.Multiple(() =>
        {
            Assert.That(estimate.FinitePopulationCorrection, Is.EqualTo(1d));
            Assert.That(estimate.StandardError, Is.EqualTo(0.15).Within(1e-15));
            Assert.That(estimate.DegreesOfFreedom, Is.EqualTo(99));
            Assert.That(estimate.TCritical, Is.EqualTo(TCrit99).Within(5e-7));
            Assert.That(estimate.MarginOfError, Is.EqualTo(TCrit99 * 0.15).Within(1e-6));
            Assert.That(estimate.Lower, Is.EqualTo(7.2 - (TCrit99 * 0.15)).Within(1e-6));
            Assert.That(estimate.Upper, Is.EqualTo(7.2 + (TCrit99 * 0.15)).Within(1e-6));
            Assert.That(estimate.IsSuppressed, Is.False);
            Assert.That(estimate.IsCensus, Is.False);
        });
    }

    [Test]
    public void Compute_KnownPopulation_AppliesFinitePopulationCorrection()
    {
        // N = 400: FPC = √(300/399) = 0.8671099695; SE = 0.15 × FPC = 0.1300664954; margin = 1.984217 × SE = 0.2580802.
        var estimate = SurveyEstimate.Compute(7.2, 100, 1.5, populationSize: 400);

        Assert.That(estimate.FinitePopulationCorrection, Is.EqualTo(0.8671099695).Within(1e-10));
        Assert.That(estimate.StandardError, Is.EqualTo(0.1300664954).Within(1e-10));
        Assert.That(estimate.MarginOfError, Is.EqualTo(0.2580802).Within(1e-6));
    }

    [TestCase(120, 120)]
    [TestCase(121, 120)]
    public void Compute_Census_HasNoSamplingError(int respondents, int population)
    {
        var estimate = SurveyEstimate.Compute(6.8, respondents, 1.1, population);

        Assert.That(estimate.IsCensus, Is.True);
        Assert.That(estimate.StandardError, Is.Zero);
        Assert.That(estimate.Lower, Is.EqualTo(6.8));
        Assert.That(estimate.Upper, Is.EqualTo(6.8));
    }

    [Test]
    public void Compute_BelowPublicationThreshold_IsSuppressedButStillComputed()
    {
        var estimate = SurveyEstimate.Compute(7.0, 49, 1.2);

        Assert.That(estimate.IsSuppressed, Is.True);
        Assert.That(estimate.PublicationThreshold, Is.EqualTo(SurveyEstimate.DefaultPublicationThreshold));
        Assert.That(estimate.Lower, Is.LessThan(7.0));
        Assert.That(estimate.Upper, Is.GreaterThan(7.0));
    }

    [Test]
    public void Compute_AtPublicationThreshold_IsNotSuppressed()
    {
        Assert.That(SurveyEstimate.Compute(7.0, 50, 1.2).IsSuppressed, Is.False);
        Assert.That(SurveyEstimate.Compute(7.0, 29, 1.2, publicationThreshold: 30).IsSuppressed, Is.True);
        Assert.That(SurveyEstimate.Compute(7.0, 30, 1.2, publicationThreshold: 30).IsSuppressed, Is.False);
    }

    [Test]
    public void Compute_OneRespondent_HasNoInterval()
    {
        var estimate = SurveyEstimate.Compute(8, 1, 0);

        Assert.That(estimate.TCritical, Is.NaN);
        Assert.That(estimate.Lower, Is.NaN);
        Assert.That(estimate.DifferenceTo(5).IsSignificant, Is.False);
    }

    [Test]
    public void Compute_MissingInputs_GiveNaNNotException()
    {
        Assert.That(SurveyEstimate.Compute(7.0, 80, double.NaN).Upper, Is.NaN);
        Assert.That(SurveyEstimate.Compute(double.NaN, 80, 1.0).Lower, Is.NaN);
        Assert.That(SurveyEstimate.Compute(7.0, 0, 1.0).StandardError, Is.NaN);
    }

    [Test]
    public void Compute_ImpossibleArguments_Throw()
    {
        Assert.That(() => SurveyEstimate.Compute(7, -1, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => SurveyEstimate.Compute(7, 10, -0.5), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => SurveyEstimate.Compute(7, 10, 1, populationSize: 0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => SurveyEstimate.Compute(7, 10, 1, publicationThreshold: -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    // Critical values: df 1 is the Cauchy quantile tan(0.475π) = 12.7062047361747; df 2 has the closed form
    // (2p − 1) / √(2p(1 − p)) = 0.95 / √0.04875 = 4.30265272974946; df 99: R qt(0.975, 99) = 1.984217.
    [TestCase(2, 12.7062047361747, 1e-9)]
    [TestCase(3, 4.30265272974946, 1e-9)]
    [TestCase(100, 1.984217, 5e-7)]
    public void Compute_TCritical_MatchesReferenceQuantiles(int respondents, double expected, double tolerance)
    {
        Assert.That(SurveyEstimate.Compute(5, respondents, 1).TCritical, Is.EqualTo(expected).Within(tolerance));
    }

    [Test]
    public void DifferenceTo_BeyondCriticalValue_IsSignificant()
    {
        // |7.2 − 7.5| / 0.15 = 2.0 > 1.984217.
        var difference = SurveyEstimate.Compute(7.2, 100, 1.5).DifferenceTo(7.5);

        Assert.That(difference.Reference, Is.EqualTo(7.5));
        Assert.That(difference.Difference, Is.EqualTo(-0.3).Within(1e-12));
        Assert.That(difference.TStatistic, Is.EqualTo(-2.0).Within(1e-12));
        Assert.That(difference.IsSignificant, Is.True);
    }

    [Test]
    public void DifferenceTo_WithinCriticalValue_IsNotSignificant()
    {
        // |7.2 − 7.48| / 0.15 = 1.8667 < 1.984217; the reference lies inside the interval [6.9024, 7.4976].
        var difference = SurveyEstimate.Compute(7.2, 100, 1.5).DifferenceTo(7.48);

        Assert.That(difference.TStatistic, Is.EqualTo(-0.28 / 0.15).Within(1e-12));
        Assert.That(difference.IsSignificant, Is.False);
    }

    [Test]
    public void DifferenceTo_FinitePopulationCorrection_CanMakeADifferenceSignificant()
    {
        // Without N: |7.2 − 7.48| / 0.15 = 1.87, not significant; with N = 400: 0.28 / 0.13007 = 2.15, significant.
        Assert.That(SurveyEstimate.Compute(7.2, 100, 1.5, populationSize: 400).DifferenceTo(7.48).IsSignificant, Is.True);
    }

    [Test]
    public void DifferenceTo_ZeroStandardError_EqualIsNotSignificantUnequalIs()
    {
        var census = SurveyEstimate.Compute(6.8, 40, 1.1, populationSize: 40);
        var unanimous = SurveyEstimate.Compute(9, 60, 0);

        Assert.That(census.DifferenceTo(6.8).IsSignificant, Is.False);
        Assert.That(census.DifferenceTo(6.8).TStatistic, Is.Zero);
        Assert.That(census.DifferenceTo(6.81).IsSignificant, Is.True);
        Assert.That(unanimous.DifferenceTo(9).IsSignificant, Is.False);
        Assert.That(unanimous.DifferenceTo(8.9).TStatistic, Is.EqualTo(double.PositiveInfinity));
        Assert.That(unanimous.DifferenceTo(8.9).IsSignificant, Is.True);
    }

    [Test]
    public void DifferenceTo_MissingReference_IsNotSignificant()
    {
        var difference = SurveyEstimate.Compute(7.2, 100, 1.5).DifferenceTo(double.NaN);

        Assert.That(difference.TStatistic, Is.NaN);
        Assert.That(difference.IsSignificant, Is.False);
    }
}
