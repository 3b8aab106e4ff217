namespace Benchmark.Samples;

/// <summary>
/// Every figure of one synthetic municipality in one year, already rounded to the precision it is written with
/// (euros and counts whole, FTE to one decimal, …), so that ratios computed from the file equal those computed here.
/// </summary>
internal sealed record YearFigures
{
    public required int Year { get; init; }

    public required double Inhabitants { get; init; }

    public required double AreaKm2 { get; init; }

    public required double AddressDensity { get; init; }

    public required double TotalExpenditure { get; init; }

    public required double OverheadCosts { get; init; }

    /// <summary>100 × overhead costs / total expenditure, rounded to one decimal, as Vensters publishes it.</summary>
    public double OverheadPct => Math.Round(100 * OverheadCosts / TotalExpenditure, 1, MidpointRounding.AwayFromZero);

    public required double FteEstablishment { get; init; }

    public required double FteStaffed { get; init; }

    public required double StaffHeadcount { get; init; }

    public required double WageBill { get; init; }

    public required double ExternalHireCosts { get; init; }

    public required double RunningCosts { get; init; }

    public required double IctCosts { get; init; }

    public required double Workstations { get; init; }

    public required double SicknessAbsencePct { get; init; }

    public required double NotificationFrequency { get; init; }

    public required double EmployeeSatisfaction { get; init; }

    public required double EmployeeSatisfactionN { get; init; }

    public required double EmployeeSatisfactionSd { get; init; }

    public required double InternalSatisfaction { get; init; }

    public required double InternalSatisfactionN { get; init; }

    public required double InternalSatisfactionSd { get; init; }
}
