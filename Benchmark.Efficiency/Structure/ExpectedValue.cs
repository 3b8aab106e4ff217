using Benchmark.Municipalities;

namespace Benchmark.Efficiency.Structure;

/// <summary>One municipality's value next to what its structure leads one to expect.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Actual">Its value.</param>
/// <param name="Expected">The fitted value given its log inhabitants and address density.</param>
/// <param name="Lower">Lower end of the 95 % prediction interval.</param>
/// <param name="Upper">Upper end of the 95 % prediction interval.</param>
/// <param name="Weight">Its final Huber weight (1 = not down-weighted; below 1 = treated as an outlier by the fit).</param>
public sealed record ExpectedValue(MunicipalityCode Municipality, double Actual, double Expected, double Lower, double Upper, double Weight)
{
    /// <summary>The structure-corrected gap: actual − expected (in the indicator's unit; its sign is read with the indicator's direction).</summary>
    public double Residual => Actual - Expected;

    /// <summary>−1 below the prediction interval, 0 inside it, +1 above it.</summary>
    public int Outside => Actual < Lower ? -1 : Actual > Upper ? 1 : 0;
}
