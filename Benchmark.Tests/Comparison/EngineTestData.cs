using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Tests.Comparison;

/// <summary>
/// A small, hand-checkable benchmark: eight Utrecht municipalities of 20,000–50,000 inhabitants (the peer group of Soest)
/// and three of 10,000–20,000 (a group too small to report on). Inhabitants are the CBS figures of 1 January 2024
/// (samples/municipalities.csv); every indicator value is made up so that the group figures can be worked out by hand.
/// </summary>
/// <remarks>
/// <para>2024 figures of the peer group:</para>
/// <code>
/// code    name                overhead%  total exp.  overhead costs  running/inh  formatie/1000  MTO  MTO n  MTO sd  headcount  absence%
/// GM0308  Baarn                    8       100 M        8.0 M           500           6.0         6.8    90     1.2       200       5.0
/// GM0310  De Bilt                  9       200 M       18.0 M           520           5.5         7.0   150     1.1       350       5.5
/// GM0313  Bunschoten               9       100 M        9.0 M           540           6.5         7.2    80     1.3       150       6.0
/// GM0327  Leusden                 10       120 M       12.0 M           560           7.0         7.2    40     1.0       300       6.5
/// GM0340  Rhenen                  11       100 M       11.0 M           580           5.0         7.4    60     1.5       600       7.0
/// GM0342  Soest                   12       150 M       18.0 M           600           8.0         7.5   120     1.2       400       –
/// GM0352  Wijk bij Duurstede      13       100 M       13.0 M           620           7.5         6.5    70     1.4       160       4.5
/// GM0353  IJsselstein             16       130 M       20.8 M           700           6.2         7.8   110     1.0       250       8.0
/// </code>
/// <para>
/// 2021–2023: overhead % and running costs per inhabitant only, every municipality as in 2024 except Soest: overhead %
/// 10, 11, 11.5 and running costs 450, 560, 580 (2022 is the catalogue's series break of running costs per inhabitant).
/// </para>
/// <para>The small group (2024 only): Bunnik, Lopik and Montfoort with overhead % 9, 10 and 11.</para>
/// </remarks>
internal static class EngineTestData
{
    public const int Year = 2024;

    public static readonly MunicipalityCode Baarn = new(308);
    public static readonly MunicipalityCode DeBilt = new(310);
    public static readonly MunicipalityCode Bunschoten = new(313);
    public static readonly MunicipalityCode Leusden = new(327);
    public static readonly MunicipalityCode Rhenen = new(340);
    public static readonly MunicipalityCode Soest = new(342);
    public static readonly MunicipalityCode WijkBijDuurstede = new(352);
    public static readonly MunicipalityCode IJsselstein = new(353);
    public static readonly MunicipalityCode Bunnik = new(312);
    public static readonly MunicipalityCode Lopik = new(331);
    public static readonly MunicipalityCode Montfoort = new(335);

    /// <summary>The peer group rows: code, name, inhabitants, overhead %, total expenditure, running costs per inhabitant,
    /// formatie per 1,000, MTO mark, n, sd, headcount, sickness absence %.</summary>
    private static readonly PeerRow[] Rows =
    [
        new(Baarn, "Baarn", 25_065, 8, 100e6, 500, 6.0, 6.8, 90, 1.2, 200, 5.0),
        new(DeBilt, "De Bilt", 43_718, 9, 200e6, 520, 5.5, 7.0, 150, 1.1, 350, 5.5),
        new(Bunschoten, "Bunschoten", 22_619, 9, 100e6, 540, 6.5, 7.2, 80, 1.3, 150, 6.0),
        new(Leusden, "Leusden", 31_681, 10, 120e6, 560, 7.0, 7.2, 40, 1.0, 300, 6.5),
        new(Rhenen, "Rhenen", 20_235, 11, 100e6, 580, 5.0, 7.4, 60, 1.5, 600, 7.0),
        new(Soest, "Soest", 47_682, 12, 150e6, 600, 8.0, 7.5, 120, 1.2, 400, double.NaN),
        new(WijkBijDuurstede, "Wijk bij Duurstede", 23_945, 13, 100e6, 620, 7.5, 6.5, 70, 1.4, 160, 4.5),
        new(IJsselstein, "IJsselstein", 33_421, 16, 130e6, 700, 6.2, 7.8, 110, 1.0, 250, 8.0),
    ];

    private static readonly (MunicipalityCode Code, string Name, long Inhabitants, double Overhead)[] SmallRows =
    [
        (Bunnik, "Bunnik", 16_108, 9),
        (Lopik, "Lopik", 14_724, 10),
        (Montfoort, "Montfoort", 13_868, 11),
    ];

    public static MunicipalityRegistry Registry { get; } = new(
        Rows.Select(r => Municipality(r.Code, r.Name, r.Inhabitants))
            .Concat(SmallRows.Select(r => Municipality(r.Code, r.Name, r.Inhabitants))));

    /// <summary>The observations described above, in a fixed order (overhead % of IJsselstein replaceable).</summary>
    public static List<Observation> Observations(double ijsselsteinOverhead = 16)
    {
        var list = new List<Observation>();
        void Add(MunicipalityCode code, int year, string indicator, double value) =>
            list.Add(new Observation(code, year, indicator, value, new SourceLocation("benchmark.csv", 2, indicator)));

        foreach (var r in Rows)
        {
            var overhead = r.Code == IJsselstein ? ijsselsteinOverhead : r.Overhead;
            Add(r.Code, Year, "inhabitants", r.Inhabitants);
            Add(r.Code, Year, "total_expenditure", r.TotalExpenditure);
            Add(r.Code, Year, "overhead_costs", r.Overhead * r.TotalExpenditure / 100);
            Add(r.Code, Year, "overhead_pct", overhead);
            Add(r.Code, Year, "running_costs_per_inhabitant", r.RunningCosts);
            Add(r.Code, Year, "formatie_per_1000", r.Formatie);
            Add(r.Code, Year, "employee_satisfaction", r.Mto);
            Add(r.Code, Year, "employee_satisfaction_n", r.MtoN);
            Add(r.Code, Year, "employee_satisfaction_sd", r.MtoSd);
            Add(r.Code, Year, "staff_headcount", r.Headcount);
            if (!double.IsNaN(r.Absence))
            {
                Add(r.Code, Year, "sickness_absence_pct", r.Absence);
            }

            for (var year = 2021; year < Year; year++)
            {
                var soest = r.Code == Soest;
                Add(r.Code, year, "overhead_pct", soest ? new[] { 10, 11, 11.5 }[year - 2021] : overhead);
                Add(r.Code, year, "running_costs_per_inhabitant", soest ? new[] { 450.0, 560, 580 }[year - 2021] : r.RunningCosts);
            }
        }

        foreach (var (code, _, inhabitants, overhead) in SmallRows)
        {
            Add(code, Year, "inhabitants", inhabitants);
            Add(code, Year, "overhead_pct", overhead);
        }

        return list;
    }

    public static Dataset Dataset(double ijsselsteinOverhead = 16) =>
        new DatasetBuilder().AddRange(Observations(ijsselsteinOverhead)).Build();

    public static BenchmarkEngine Engine(BenchmarkOptions? options = null) =>
        new(Dataset(), Registry, options: options);

    public static Municipality Municipality(MunicipalityCode code, string name, long inhabitants, string province = "Utrecht") =>
        new(code, name, province, new Dictionary<int, long> { [Year] = inhabitants });

    private sealed record PeerRow(
        MunicipalityCode Code, string Name, long Inhabitants, double Overhead, double TotalExpenditure, double RunningCosts,
        double Formatie, double Mto, double MtoN, double MtoSd, double Headcount, double Absence);
}
