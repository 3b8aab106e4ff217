using System.Globalization;
using System.Text;
using Benchmark.Import;

namespace Benchmark.Tests.Reliability;

/// <summary>Writes a large, valid long-format file: every built-in municipality × a span of years × 12 raw figures (seeded).</summary>
internal static class LargeImportFile
{
    private static readonly (string Code, double Base, double Spread)[] Figures =
    [
        ("sickness_absence_pct", 6, 1.5),
        ("sickness_notification_frequency", 1.2, 0.3),
        ("total_expenditure", 150e6, 50e6),
        ("overhead_costs", 12e6, 3e6),
        ("wage_bill", 30e6, 10e6),
        ("external_hire_costs", 4e6, 1e6),
        ("running_costs", 40e6, 10e6),
        ("ict_costs", 4e6, 1e6),
        ("workstations", 500, 100),
        ("fte_establishment", 400, 50),
        ("fte_staffed", 380, 40),
        ("staff_headcount", 450, 60),
    ];

    /// <summary>Writes the file and returns the number of observations in it.</summary>
    public static int Write(string path, int firstYear, int lastYear, int seed)
    {
        var random = new Random(seed);
        var municipalities = BuiltInMunicipalities.Registry.All;
        // Absolute figures scale with size (the levels are for 50,000 inhabitants); percentages and frequencies do not.
        var levels = municipalities.ToDictionary(m => m.Code, m => Figures.Select((f, i) =>
            (f.Base + ((random.NextDouble() - 0.5) * f.Spread)) * (i < 2 ? 1 : (m.InhabitantsIn(2024) ?? 50_000) / 50_000.0)).ToArray());
        var count = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine("gemeentecode,jaar,indicator,waarde");
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var m in municipalities)
            {
                var level = levels[m.Code];
                for (var i = 0; i < Figures.Length; i++)
                {
                    var value = level[i] * (1 + ((random.NextDouble() - 0.5) * 0.02));
                    writer.Write(m.Code.ToString());
                    writer.Write(',');
                    writer.Write(year.ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(Figures[i].Code);
                    writer.Write(',');
                    writer.WriteLine(Math.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture));
                    count++;
                }
            }
        }

        return count;
    }
}
