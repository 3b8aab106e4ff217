using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;

namespace Benchmark.Efficiency.Structure;

/// <summary>Least squares and Huber IRLS fits of y on a design matrix, with MathNet.Numerics (QR of √W·X).</summary>
public static class RobustRegression
{
    /// <summary>Huber's tuning constant: 95 % efficiency at the normal (MASS::rlm's default).</summary>
    public const double HuberK = 1.345;

    /// <summary>Fits y on <paramref name="design"/> (rows = observations, an intercept column included by the caller).</summary>
    /// <param name="design">n × p, n &gt; p, full column rank.</param>
    /// <param name="y">n responses.</param>
    /// <param name="method">Least squares or Huber.</param>
    /// <param name="tolerance">Huber: stop when the largest change of a coefficient is below tolerance × (1 + |β|).</param>
    /// <param name="maxIterations">Huber: at most this many IRLS steps.</param>
    /// <exception cref="ArgumentException">When the shapes disagree or there are not more observations than coefficients.</exception>
    public static LinearFit Fit(double[][] design, double[] y, FitMethod method = FitMethod.Huber, double tolerance = 1e-12, int maxIterations = 200)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(y);
        if (design.Length != y.Length || design.Length == 0)
        {
            throw new ArgumentException($"The design has {design.Length} rows and y {y.Length} values.", nameof(y));
        }

        var x = Matrix<double>.Build.DenseOfRowArrays(design);
        var response = Vector<double>.Build.DenseOfArray(y);
        var n = x.RowCount;
        var p = x.ColumnCount;
        if (n <= p)
        {
            throw new ArgumentException($"{n} observations cannot fit {p} coefficients.", nameof(design));
        }

        var weights = Vector<double>.Build.Dense(n, 1.0);
        var beta = Weighted(x, response, weights);
        var iterations = 0;
        var scale = double.NaN;
        if (method == FitMethod.Huber)
        {
            for (; iterations < maxIterations; iterations++)
            {
                var residuals = response - (x * beta);
                scale = residuals.Select(Math.Abs).Median() / 0.6745;
                if (!(scale > 0))
                {
                    break;
                }

                weights = residuals.Map(r => Math.Abs(r / scale) <= HuberK ? 1.0 : HuberK / Math.Abs(r / scale));
                var next = Weighted(x, response, weights);
                var change = (next - beta).Select((d, k) => Math.Abs(d) / (1 + Math.Abs(next[k]))).Max();
                beta = next;
                if (change < tolerance)
                {
                    iterations++;
                    break;
                }
            }
        }

        var final = response - (x * beta);
        var rse = Math.Sqrt(final.PointwiseMultiply(final).PointwiseMultiply(weights).Sum() / (n - p));
        var xw = RowsScaled(x, weights.PointwiseSqrt());
        return new LinearFit(method, [.. beta], rse, method == FitMethod.Huber ? scale : rse, n - p, [.. weights], iterations)
        {
            Unscaled = xw.TransposeThisAndMultiply(xw).Inverse(),
        };
    }

    private static Vector<double> Weighted(Matrix<double> x, Vector<double> y, Vector<double> weights)
    {
        var root = weights.PointwiseSqrt();
        return RowsScaled(x, root).QR().Solve(y.PointwiseMultiply(root));
    }

    /// <summary>√W·X: row i of <paramref name="x"/> times <paramref name="root"/>[i], written straight into a column-major array.</summary>
    private static Matrix<double> RowsScaled(Matrix<double> x, Vector<double> root)
    {
        var (n, p) = (x.RowCount, x.ColumnCount);
        var source = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var scaled = new double[source.Length];
        for (var j = 0; j < p; j++)
        {
            for (var i = 0; i < n; i++)
            {
                scaled[(j * n) + i] = source[(j * n) + i] * root[i];
            }
        }

        return Matrix<double>.Build.Dense(n, p, scaled);
    }
}
