using System.Globalization;
using Benchmark.Efficiency.Structure;
using MathNet.Numerics.Distributions;

namespace Benchmark.Tests.Efficiency;

/// <summary>The structural regression's fits against certified and published references.</summary>
public sealed class RobustRegressionTests
{
    // R's built-in `stackloss` (Brownlee 1965; 21 rows: Air.Flow, Water.Temp, Acid.Conc., stack.loss), typed.
    private static readonly double[][] StackLoss =
    [
        [80, 27, 89, 42], [80, 27, 88, 37], [75, 25, 90, 37], [62, 24, 87, 28], [62, 22, 87, 18], [62, 23, 87, 18], [62, 24, 93, 19],
        [62, 24, 93, 20], [58, 23, 87, 15], [58, 18, 80, 14], [58, 18, 89, 14], [58, 17, 88, 13], [58, 18, 82, 11], [58, 19, 93, 12],
        [50, 18, 89, 8], [50, 18, 86, 7], [50, 19, 72, 8], [50, 19, 79, 8], [50, 20, 80, 9], [56, 20, 82, 15], [70, 20, 91, 15],
    ];

    [Test]
    public void LeastSquares_NistNorris_MatchesCertifiedValuesAndPredictionInterval()
    {
        var (x, y) = Norris();

        var fit = RobustRegression.Fit([.. x.Select(v => new[] { 1, v })], y, FitMethod.LeastSquares);

        // At x̄ the prediction interval is ŷ ± t(0.975, 34) · s · √(1 + 1/n), with s the certified residual SD.
        var mean = x.Average();
        var half = StudentT.InvCDF(0, 1, 34, 0.975) * 0.884796396144373 * Math.Sqrt(1 + (1.0 / 36));
        var centre = -0.262323073774029 + (1.00211681802045 * mean);
        var interval = fit.PredictionInterval([1, mean]);
        Assert.Multiple(() =>
        {
            Assert.That(fit.Coefficients[0], Is.EqualTo(-0.262323073774029).Within(1e-10), "B0");
            Assert.That(fit.Coefficients[1], Is.EqualTo(1.00211681802045).Within(1e-12), "B1");
            Assert.That(fit.ResidualStandardError, Is.EqualTo(0.884796396144373).Within(1e-10), "residual SD");
            Assert.That(interval.Lower, Is.EqualTo(centre - half).Within(1e-8), "lower");
            Assert.That(interval.Upper, Is.EqualTo(centre + half).Within(1e-8), "upper");
        });
    }

    [Test]
    public void LeastSquares_StackLoss_MatchesRLm()
    {
        // R: coef(lm(stack.loss ~ ., stackloss)) = -39.9197, 0.7156, 1.2953, -0.1521; residual standard error 3.243 (17 df).
        var fit = RobustRegression.Fit(Design(), Response(), FitMethod.LeastSquares);

        Assert.Multiple(() =>
        {
            Assert.That(fit.Coefficients, Is.EqualTo(new[] { -39.9197, 0.7156, 1.2953, -0.1521 }).Within(5e-5));
            Assert.That(fit.ResidualStandardError, Is.EqualTo(3.243).Within(5e-4));
            Assert.That(fit.DegreesOfFreedom, Is.EqualTo(17));
        });
    }

    [Test]
    public void Huber_StackLoss_MatchesMassRlm()
    {
        // R (MASS): summary(rlm(stack.loss ~ ., stackloss)) prints Value -41.0265, 0.8294, 0.9261, -0.1278 and residual
        // standard error 2.441 (the ?rlm example; also statsmodels' R reference, robust/tests/results/results_rlm.py, Huber).
        // Run to convergence, rlm(stack.loss ~ ., stackloss, acc = 1e-14, maxit = 500) gives (R 4.6.1, MASS 7.3-65)
        // -41.026485373295010, 0.829385770253855, 0.926059415548607, -0.127846317965416 with $s = 2.4404890459928.
        var fit = RobustRegression.Fit(Design(), Response(), FitMethod.Huber);

        Assert.Multiple(() =>
        {
            Assert.That(fit.Coefficients, Is.EqualTo(new[] { -41.0265, 0.8294, 0.9261, -0.1278 }).Within(5e-5), "as printed");
            Assert.That(fit.Coefficients, Is.EqualTo(new[] { -41.026485373295010, 0.829385770253855, 0.926059415548607, -0.127846317965416 }).Within(1e-8), "converged");
            Assert.That(fit.Scale, Is.EqualTo(2.4404890459928).Within(1e-8), "scale");
            Assert.That(fit.Weights.Count(w => w < 1), Is.GreaterThan(0), "some observations down-weighted");
        });
    }

    private static double[][] Design() => [.. StackLoss.Select(r => new[] { 1, r[0], r[1], r[2] })];

    private static double[] Response() => [.. StackLoss.Select(r => r[3])];

    private static (double[] X, double[] Y) Norris()
    {
        var rows = File.ReadAllLines(TestPaths.TestData("nist-strd", "linear-regression", "Norris.dat"))
            .Skip(60).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return ([.. rows.Select(r => r[1])], [.. rows.Select(r => r[0])]);
    }
}
