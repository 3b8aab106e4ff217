using Benchmark.Catalog;
using Benchmark.Derivation;
using Benchmark.Efficiency.Structure;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Efficiency;

public sealed partial class EfficiencyEngine
{
    /// <summary>A structural regression needs at least this many municipalities with every figure.</summary>
    public const int MinimumStructureUnits = 10;

    /// <summary>
    /// The expected value of <paramref name="indicator"/> given structure — y on ln(inhabitants) and address density —
    /// over the municipalities of <paramref name="year"/>, with each one's residual and 95 % prediction interval.
    /// </summary>
    /// <exception cref="ArgumentException">When the year, municipality or indicator is unknown.</exception>
    /// <param name="indicator">The indicator to explain.</param>
    /// <param name="year">The year.</param>
    /// <param name="peers">With <paramref name="focus"/>: the peer group to fit over (default <see cref="PeerGroupSpec.Default"/>); ignored without a focus.</param>
    /// <param name="focus">The municipality whose peer group is fitted; <see langword="null"/> for every municipality of the year.</param>
    /// <param name="method">Least squares or Huber's robust fit.</param>
    public StructureAnalysis Expected(IndicatorCode indicator, int year, PeerGroupSpec? peers = null, MunicipalityCode? focus = null, FitMethod method = FitMethod.Huber) =>
        focus is null
            ? AllFits.GetOrCreateValue(Engine).GetOrAdd((indicator, year, method), key => Fit(key.Indicator, key.Year, null, null, key.Method))
            : Fit(indicator, year, focus, peers, method);

    /// <summary>Fits over every municipality, per engine (immutable): a batch of reports fits each indicator once.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BenchmarkEngine, System.Collections.Concurrent.ConcurrentDictionary<(IndicatorCode Indicator, int Year, FitMethod Method), StructureAnalysis>> AllFits = new();

    private StructureAnalysis Fit(IndicatorCode indicator, int year, MunicipalityCode? focus, PeerGroupSpec? peers, FitMethod method)
    {
        var target = Engine.Catalog.TryGet(indicator, out var found) ? found : throw new ArgumentException($"Unknown indicator '{indicator}'.", nameof(indicator));
        var (members, group) = UnitValues.Universe(Engine, year, focus, peers);
        var rows = new List<(MunicipalityCode Code, double[] X, double Y)>();
        var findings = new List<Finding>();
        foreach (var code in members)
        {
            var y = UnitValues.Of(Engine, code, year, target.Code);
            var inhabitants = UnitValues.Of(Engine, code, year, DerivedValues.InhabitantsCode);
            var density = UnitValues.Of(Engine, code, year, UnitValues.AddressDensity);
            if (double.IsFinite(y) && inhabitants > 0 && double.IsFinite(density))
            {
                rows.Add((code, [1, Math.Log(inhabitants), density], y));
            }
            else if (focus is null || code == focus || !double.IsNaN(y))
            {
                var figure = double.IsNaN(y) ? target.Code : !(inhabitants > 0) ? "inhabitants" : "address_density";
                findings.Add(LeftOut(EfficiencyRules.StructureUnitLeftOut, code, year, figure, $"{figure} missing",
                    new LocalizedText($"{code} is buiten de structuurregressie van {target.Code} gelaten: {figure} ontbreekt.", $"{code} was left out of the structural regression of {target.Code}: {figure} is missing."),
                    new LocalizedText("Lever de ontbrekende waarde aan.", "Supply the missing value.")));
            }
        }

        if (rows.Count < MinimumStructureUnits)
        {
            findings.Add(TooFew(year, rows.Count, MinimumStructureUnits, $"Regressie/regression {target.Code}"));
            return new StructureAnalysis(target, year, group, null, [], findings);
        }

        var fit = RobustRegression.Fit([.. rows.Select(r => r.X)], [.. rows.Select(r => r.Y)], method);
        var values = rows.Select((r, i) =>
        {
            var (lower, upper) = fit.PredictionInterval(r.X);
            return new ExpectedValue(r.Code, r.Y, fit.Predict(r.X), lower, upper, fit.Weights[i]);
        }).ToList();
        return new StructureAnalysis(target, year, group, fit, values, findings);
    }
}
