using static Benchmark.Samples.DeterministicMath;

namespace Benchmark.Samples;

/// <summary>Turns a municipality's profile into the figures of one year.</summary>
internal static class SampleModel
{
    /// <summary>Formatie every municipality needs whatever its size (griffie-free core: secretary, finance, HR, …).</summary>
    private const double CoreFte = 7;

    /// <summary>Expenditure every municipality has whatever its size, at 2019 prices.</summary>
    private const double CoreExpenditure = 4_000_000;

    /// <summary>ICT costs every municipality has whatever its size, at 2019 prices.</summary>
    private const double CoreIct = 40_000;

    /// <summary>Running costs every municipality has whatever its size, at 2019 prices.</summary>
    private const double CoreRunning = 420_000;

    /// <summary>Share of the staff costs (wage bill and hire) that counts as apparaatskosten in the synthetic model.</summary>
    private const double StaffShareOfRunning = 0.40;

    /// <summary>Outside the G4 formatie stays at or below this per 1,000 inhabitants (the tiny islands come closest).</summary>
    private const double NonG4FormatieCap = 13.0;

    /// <summary>The municipality's figures in <paramref name="year"/>.</summary>
    public static YearFigures Figures(MunicipalityProfile p, int year, SampleOptions options)
    {
        var code = p.Municipality.Code.Number;
        var r = new SeededRandom(options.Seed, code, year, 2);
        double? Planted(string indicator) => options.PlantOutliers ? PlantedOutlier.Find(code, indicator, year) : null;

        var inhabitants = Inhabitants(p, year);
        var cost = PriceIndex.Costs(year);
        var wage = PriceIndex.Wages(year);
        var density = inhabitants / p.AreaKm2;

        var total = Whole(((p.ExpenditurePerInhabitant * inhabitants) + CoreExpenditure) * cost * Exp(0.02 * r.Normal()));
        var overheadPct = Planted("overhead_pct") is { } plantedOverhead
            ? plantedOverhead + (0.2 * r.Normal())
            : Math.Clamp(p.OverheadPct + (0.25 * r.Normal()), 6, 16);

        var trend = 1 + (0.01 * (year - 2021)); // organisations grew a little every year
        var establishment = (CoreFte + (p.FormatiePerThousand * inhabitants / 1000)) * trend * Exp(0.012 * r.Normal());
        if (!p.IsG4)
        {
            establishment = Math.Min(establishment, NonG4FormatieCap * inhabitants / 1000);
        }

        establishment = Tenth(establishment);
        var staffed = Tenth(establishment * Math.Clamp(p.StaffedRatio + (0.01 * r.Normal()), 0.90, 1.00));
        var headcount = Whole(staffed * p.HeadcountPerFte);
        var wageBill = Whole(staffed * p.WagePerFte * wage * Exp(0.01 * r.Normal()));
        var hireShare = Planted("external_hire_pct") is { } plantedHire
            ? (plantedHire / 100) + (0.005 * r.Normal())
            : Math.Clamp(p.HireShare + (0.01 * r.Normal()), 0.04, 0.21);
        var hire = Whole(wageBill * hireShare / (1 - hireShare));

        // Apparaatskosten: the staff-related part plus other running costs; from 2022 material costs too (series break).
        var running = (StaffShareOfRunning * (wageBill + hire)) + (((p.OtherRunningPerInhabitant * inhabitants) + CoreRunning) * cost);
        running *= (year >= 2022 ? 1 + p.MaterialShare : 1) * Exp(0.015 * r.Normal());

        var workstations = Whole(headcount * Math.Clamp(p.WorkstationsPerHead + (0.02 * r.Normal()), 1.08, 1.32));
        var ict = (CoreIct + (p.IctPerInhabitant * inhabitants) + (p.IctPerWorkstation * workstations)) * cost * Exp(0.03 * r.Normal());

        // Sickness absence rises slightly over the years (about 5.7 % in 2019 to 6.3 % in 2024 on average).
        var sickness = Planted("sickness_absence_pct") is { } plantedSickness
            ? plantedSickness + (0.1 * r.Normal())
            : Math.Clamp(p.SicknessAbsencePct + (0.12 * (year - 2019)) - 0.3 + (0.3 * r.Normal()), 3.5, 9.0);
        var employee = Planted("employee_satisfaction") is { } plantedSatisfaction
            ? plantedSatisfaction + (0.05 * r.Normal())
            : Math.Clamp(p.EmployeeSatisfaction + (0.12 * r.Normal()), 6.3, 8.0);

        return new YearFigures
        {
            Year = year,
            Inhabitants = inhabitants,
            AreaKm2 = Math.Round(p.AreaKm2, 2, MidpointRounding.AwayFromZero),
            AddressDensity = Whole(Math.Clamp(74 * Pow(density, 0.51) * p.AddressDensityFactor, 60, 6800)),
            TotalExpenditure = total,
            OverheadCosts = Whole(total * overheadPct / 100),
            FteEstablishment = establishment,
            FteStaffed = staffed,
            StaffHeadcount = headcount,
            WageBill = wageBill,
            ExternalHireCosts = hire,
            RunningCosts = Whole(running),
            IctCosts = Whole(ict),
            Workstations = workstations,
            SicknessAbsencePct = Hundredth(sickness),
            NotificationFrequency = Hundredth(Math.Clamp(p.NotificationFrequency + (0.05 * r.Normal()), 0.8, 1.8)),
            EmployeeSatisfaction = Tenth(employee),
            EmployeeSatisfactionN = Whole(headcount * Math.Clamp(p.EmployeeResponseRate + (0.04 * r.Normal()), 0.25, 0.8)),
            EmployeeSatisfactionSd = Hundredth(Math.Clamp(p.EmployeeSd + (0.05 * r.Normal()), 0.9, 1.7)),
            InternalSatisfaction = Tenth(Math.Clamp(p.InternalSatisfaction + (0.12 * r.Normal()), 6.3, 8.0)),
            InternalSatisfactionN = Whole(headcount * Math.Clamp(p.InternalResponseRate + (0.03 * r.Normal()), 0.2, 0.7)),
            InternalSatisfactionSd = Hundredth(Math.Clamp(p.InternalSd + (0.05 * r.Normal()), 0.9, 1.7)),
        };
    }

    /// <summary>
    /// Inhabitants in <paramref name="year"/>: the registry's figure for that year when it has one, otherwise its figure
    /// for the nearest year it knows, moved by the municipality's yearly growth.
    /// </summary>
    internal static double Inhabitants(MunicipalityProfile p, int year)
    {
        var known = p.Municipality.Inhabitants;
        if (known.TryGetValue(year, out var exact))
        {
            return exact;
        }

        var anchorYear = year;
        var anchor = (double)ProfileFactory.DefaultInhabitants;
        var distance = int.MaxValue;
        foreach (var (y, n) in known.OrderBy(kv => kv.Key))
        {
            if (Math.Abs(y - year) < distance)
            {
                (anchorYear, anchor, distance) = (y, n, Math.Abs(y - year));
            }
        }

        var factor = 1.0;
        for (var i = 0; i < Math.Abs(year - anchorYear); i++)
        {
            factor *= 1 + p.Growth;
        }

        return Whole(year < anchorYear ? anchor / factor : anchor * factor);
    }

    private static double Whole(double x) => Math.Round(x, MidpointRounding.AwayFromZero);

    private static double Tenth(double x) => Math.Round(x, 1, MidpointRounding.AwayFromZero);

    private static double Hundredth(double x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
}
