namespace Benchmark.Samples;

/// <summary>A figure column of the wide sample files.</summary>
/// <param name="Code">The catalogue code.</param>
/// <param name="Header">The header as written: a Dutch alias from the catalogue.</param>
/// <param name="Decimals">The number of decimals written.</param>
/// <param name="Value">Reads the figure.</param>
/// <param name="Group">Columns with the same group go missing together (a survey that was not held); 0 = on their own.</param>
internal sealed record WideColumn(string Code, string Header, int Decimals, Func<YearFigures, double> Value, int Group = 0)
{
    /// <summary>Structural figures come from CBS and are never missing.</summary>
    public bool IsStructural => Code is "inhabitants" or "area_km2" or "address_density";

    /// <summary>The columns of the wide files, in order, after <c>gemeentecode;gemeentenaam;jaar</c>.</summary>
    public static IReadOnlyList<WideColumn> All { get; } =
    [
        new("inhabitants", "Inwoners", 0, f => f.Inhabitants),
        new("area_km2", "Oppervlakte km2", 2, f => f.AreaKm2),
        new("address_density", "Omgevingsadressendichtheid", 0, f => f.AddressDensity),
        new("total_expenditure", "Totale lasten", 0, f => f.TotalExpenditure),
        new("overhead_costs", "Overheadkosten", 0, f => f.OverheadCosts),
        new("overhead_pct", "Overhead %", 1, f => f.OverheadPct),
        new("fte_establishment", "Formatie fte", 1, f => f.FteEstablishment),
        new("fte_staffed", "Bezetting fte", 1, f => f.FteStaffed),
        new("staff_headcount", "Aantal medewerkers", 0, f => f.StaffHeadcount),
        new("wage_bill", "Loonsom", 0, f => f.WageBill),
        new("external_hire_costs", "Kosten inhuur", 0, f => f.ExternalHireCosts),
        new("running_costs", "Apparaatskosten", 0, f => f.RunningCosts),
        new("ict_costs", "ICT kosten", 0, f => f.IctCosts),
        new("workstations", "Aantal werkplekken", 0, f => f.Workstations),
        new("sickness_absence_pct", "Ziekteverzuim %", 2, f => f.SicknessAbsencePct),
        new("sickness_notification_frequency", "Meldingsfrequentie", 2, f => f.NotificationFrequency),
        new("employee_satisfaction", "MTO cijfer", 1, f => f.EmployeeSatisfaction, 1),
        new("employee_satisfaction_n", "MTO n", 0, f => f.EmployeeSatisfactionN, 1),
        new("employee_satisfaction_sd", "MTO sd", 2, f => f.EmployeeSatisfactionSd, 1),
        new("internal_customer_satisfaction", "Interne klanttevredenheid", 1, f => f.InternalSatisfaction, 2),
        new("internal_customer_satisfaction_n", "KTV n", 0, f => f.InternalSatisfactionN, 2),
        new("internal_customer_satisfaction_sd", "KTV sd", 2, f => f.InternalSatisfactionSd, 2),
    ];
}
