using Benchmark.Statistics;
using MathNet.Numerics.LinearAlgebra;

namespace Benchmark.Efficiency.Structure;

/// <summary>A fitted linear model y = Xβ + ε: coefficients, scale and what a prediction interval needs.</summary>
/// <param name="Method">How it was fitted.</param>
/// <param name="Coefficients">β, in the order of the design matrix's columns.</param>
/// <param name="ResidualStandardError">√(Σ wᵢ rᵢ² / (n − p)) with the final weights (1 for least squares): R's "residual standard error" of <c>lm</c>.</param>
/// <param name="Scale">The robust scale of the last Huber step (median|r| / 0.6745, R's <c>rlm()$s</c>); the residual standard error for least squares.</param>
/// <param name="DegreesOfFreedom">n − p.</param>
/// <param name="Weights">The final IRLS weights (1 = not down-weighted), in row order.</param>
/// <param name="Iterations">IRLS steps (0 for least squares).</param>
public sealed record LinearFit(FitMethod Method, IReadOnlyList<double> Coefficients, double ResidualStandardError, double Scale, int DegreesOfFreedom, IReadOnlyList<double> Weights, int Iterations)
{
    /// <summary>(XᵀWX)⁻¹ of the final step.</summary>
    internal Matrix<double> Unscaled { get; init; } = Matrix<double>.Build.Dense(1, 1);

    /// <summary>The fitted value at <paramref name="x"/> (a row of the design matrix, intercept included).</summary>
    public double Predict(IReadOnlyList<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.Select((v, k) => v * Coefficients[k]).Sum();
    }

    /// <summary>
    /// The prediction interval for a new observation at <paramref name="x"/>: ŷ ± t(1 − α/2, n − p) · σ̂ · √(1 + xᵀ(XᵀWX)⁻¹x),
    /// σ̂ the residual standard error — R's <c>predict(lm, interval = "prediction")</c>; for Huber an approximation from the final weighted step.
    /// </summary>
    public (double Lower, double Upper) PredictionInterval(IReadOnlyList<double> x, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(x);
        var v = Vector<double>.Build.DenseOfEnumerable(x);
        var fit = Predict(x);
        var half = StudentTCritical.Quantile(1 - ((1 - level) / 2), DegreesOfFreedom) * ResidualStandardError * Math.Sqrt(1 + (v * Unscaled * v));
        return (fit - half, fit + half);
    }
}
