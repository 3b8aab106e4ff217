using Benchmark.Municipalities;

namespace Benchmark.Samples;

/// <summary>
/// The persistent character of one synthetic municipality: size, a latent efficiency and health factor, and the
/// levels of each figure at 2019 prices. Yearly values vary around these levels (<see cref="SampleModel"/>).
/// </summary>
/// <remarks>
/// <see cref="Efficiency"/> is a standard normal score, clipped to ±2.5, where a positive value means a more expensive
/// organisation: it raises overhead, formatie, running costs, ICT costs and external hire together, which makes these
/// figures correlated within a municipality as they are in real benchmarks. <see cref="Health"/> does the same for
/// sickness absence, notification frequency and (inversely) satisfaction.
/// </remarks>
internal sealed record MunicipalityProfile
{
    public required Municipality Municipality { get; init; }

    public required bool IsG4 { get; init; }

    public required double Efficiency { get; init; }

    public required double Health { get; init; }

    /// <summary>Yearly population growth, 0.3–0.8 %.</summary>
    public required double Growth { get; init; }

    public required double AreaKm2 { get; init; }

    public required double AddressDensityFactor { get; init; }

    /// <summary>Total expenditure per inhabitant at 2019 prices, before the fixed part every municipality has.</summary>
    public required double ExpenditurePerInhabitant { get; init; }

    public required double OverheadPct { get; init; }

    /// <summary>Formatie per 1,000 inhabitants on top of the fixed core every municipality needs.</summary>
    public required double FormatiePerThousand { get; init; }

    public required double StaffedRatio { get; init; }

    public required double HeadcountPerFte { get; init; }

    public required double WagePerFte { get; init; }

    public required double HireShare { get; init; }

    public required double OtherRunningPerInhabitant { get; init; }

    public required double MaterialShare { get; init; }

    public required double IctPerInhabitant { get; init; }

    public required double IctPerWorkstation { get; init; }

    public required double WorkstationsPerHead { get; init; }

    public required double SicknessAbsencePct { get; init; }

    public required double NotificationFrequency { get; init; }

    public required double EmployeeSatisfaction { get; init; }

    public required double EmployeeResponseRate { get; init; }

    public required double EmployeeSd { get; init; }

    public required double InternalSatisfaction { get; init; }

    public required double InternalResponseRate { get; init; }

    public required double InternalSd { get; init; }
}
