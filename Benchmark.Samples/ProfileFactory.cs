using Benchmark.Municipalities;
using static Benchmark.Samples.DeterministicMath;

namespace Benchmark.Samples;

/// <summary>Draws the persistent profile of each municipality (see <see cref="MunicipalityProfile"/>).</summary>
/// <remarks>
/// The levels follow the anchors in <c>research/domain.md</c> §1 (BBV indicators of real budgets, GVN sickness figures,
/// M&amp;I ICT costs); every value is synthetic. All amounts are at 2019 prices.
/// </remarks>
internal static class ProfileFactory
{
    /// <summary>Inhabitants assumed when the registry knows none for a municipality.</summary>
    public const long DefaultInhabitants = 30_000;

    /// <summary>Population density (per km²) assumed when the registry knows no area.</summary>
    private const double DefaultDensity = 500;

    /// <summary>The G4 and their formatie per 1,000 inhabitants; no other municipality comes near.</summary>
    private static readonly Dictionary<int, double> G4Formatie = new()
    {
        [363] = 17.2, // Amsterdam
        [599] = 17.6, // Rotterdam
        [518] = 15.4, // 's-Gravenhage
        [344] = 15.0, // Utrecht
    };

    /// <summary>Whether <paramref name="code"/> is one of the G4 (Amsterdam, Rotterdam, 's-Gravenhage, Utrecht).</summary>
    public static bool IsG4(MunicipalityCode code) => G4Formatie.ContainsKey(code.Number);

    public static MunicipalityProfile Create(Municipality municipality, int seed)
    {
        var code = municipality.Code.Number;
        var r = new SeededRandom(seed, code, 0, 1);
        var inhabitants = (double)(municipality.InhabitantsIn(2024) ?? DefaultInhabitants);
        var size = Log2(Math.Max(inhabitants, 100) / 40_000);
        var big = Math.Max(0, size);
        var e = r.Normal();
        var h = r.Normal();

        // Each factor mixes the latent score with its own noise: 0.6² + 0.8² = 1 keeps unit variance.
        double Mixed(double latent) => (0.6 * latent) + (0.8 * r.Normal());

        var isG4 = G4Formatie.TryGetValue(code, out var g4Formatie);
        return new MunicipalityProfile
        {
            Municipality = municipality,
            IsG4 = isG4,
            Efficiency = e,
            Health = h,
            Growth = r.Uniform(0.003, 0.008),
            AreaKm2 = municipality.AreaKm2 ?? (inhabitants / DefaultDensity),
            AddressDensityFactor = Exp(0.08 * r.Normal()),
            ExpenditurePerInhabitant = (2100 + (300 * big)) * Exp((0.05 * e) + (0.06 * r.Normal())),
            OverheadPct = Math.Clamp(10 + (1.3 * Mixed(e)), 6.5, 14.5),
            FormatiePerThousand = isG4
                ? g4Formatie * Exp(0.01 * r.Normal())
                : (5.6 + (0.7 * big)) * Exp(0.15 * Mixed(e)),
            StaffedRatio = Math.Clamp(0.95 + (0.02 * r.Normal()), 0.90, 0.99),
            HeadcountPerFte = Math.Clamp(1.15 + (0.03 * r.Normal()), 1.08, 1.22),
            WagePerFte = (76_000 + (2_500 * big)) * Exp(0.035 * r.Normal()),
            HireShare = Math.Clamp(0.11 + (0.035 * Mixed(e)), 0.05, 0.20),
            OtherRunningPerInhabitant = 180 * Exp(0.15 * Mixed(e)),
            MaterialShare = r.Uniform(0.12, 0.20),
            IctPerInhabitant = 36 * Exp(0.12 * Mixed(e)),
            IctPerWorkstation = 3_600 * Exp(0.12 * r.Normal()),
            WorkstationsPerHead = r.Uniform(1.1, 1.3),
            SicknessAbsencePct = Math.Clamp(5.9 + (0.2 * Math.Clamp(size, -2, 4.5)) + (0.8 * Mixed(h)), 4.2, 7.8),
            NotificationFrequency = Math.Clamp(1.25 + (0.15 * Mixed(h)), 0.9, 1.6),
            EmployeeSatisfaction = Math.Clamp(7.2 - (0.25 * Mixed(h)), 6.5, 7.8),
            EmployeeResponseRate = r.Uniform(0.45, 0.75),
            EmployeeSd = r.Uniform(1.0, 1.6),
            InternalSatisfaction = Math.Clamp(6.9 - (0.25 * Mixed(e)), 6.5, 7.8),
            InternalResponseRate = r.Uniform(0.30, 0.60),
            InternalSd = r.Uniform(1.0, 1.6),
        };
    }
}
