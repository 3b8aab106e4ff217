namespace Benchmark.Efficiency.Structure;

/// <summary>How a structural regression is fitted.</summary>
public enum FitMethod
{
    /// <summary>Ordinary least squares (QR), as R's <c>lm</c>.</summary>
    LeastSquares,

    /// <summary>Huber M-estimator by iteratively reweighted least squares, k = 1.345, scale median|r| / 0.6745 re-estimated every step, as R's <c>MASS::rlm</c> (default psi and scale): outliers are down-weighted, not dropped.</summary>
    Huber,
}
