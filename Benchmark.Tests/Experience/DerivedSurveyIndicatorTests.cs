using System.Globalization;
using System.Text;
using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Survey;

namespace Benchmark.Tests.Experience;

/// <summary>
/// The survey indicators derived from respondent data agree to the last digit with the same figures typed into the
/// yearly file. The typed figures are Python's (TestData/survey/reference.csv, see <see cref="SurveyAggregationTests"/>),
/// written into a copy of samples/benchmark-2024.csv in place of the MTO/KTV columns.
/// </summary>
public sealed class DerivedSurveyIndicatorTests
{
    private static readonly string[] Surveyed = ["GM0141", "GM0150", "GM0153", "GM0164", "GM0193", "GM0200", "GM0202", "GM0268", "GM0301"];

    [Test]
    public void Derived_AndTyped_AgreeToTheLastDigit()
    {
        var file = TypedFile();
        var typedData = DatasetLoader.Load([file]).Dataset;
        File.Delete(file);
        var typed = new BenchmarkEngine(typedData, BuiltInMunicipalities.Registry);
        var derivedData = SurveyIndicators.Derive(SurveyFixture.Yearly, SurveyFixture.SampleCells, SurveyCatalog.Default, IndicatorCatalog.Default, "respondenten-2024.csv");
        var derived = new BenchmarkEngine(derivedData, BuiltInMunicipalities.Registry);

        foreach (var code in Surveyed.Select(MunicipalityCode.Parse))
        {
            var t = typed.Compare(2024, code);
            var d = derived.Compare(2024, code);
            foreach (var indicator in new[] { "employee_satisfaction", "internal_customer_satisfaction" })
            {
                var (tp, dp) = (t[IndicatorCode.Parse(indicator)]!, d[IndicatorCode.Parse(indicator)]!);
                Assert.That(dp.Value, Is.EqualTo(tp.Value), $"{code} {indicator} mean");
                Assert.That(dp.Survey!.Respondents, Is.EqualTo(tp.Survey!.Respondents), $"{code} {indicator} n");
                Assert.That(dp.Survey.StandardDeviation, Is.EqualTo(tp.Survey.StandardDeviation).Within(1e-12), $"{code} {indicator} sd");
                Assert.That(Digits(dp.Survey.Lower), Is.EqualTo(Digits(tp.Survey.Lower)), $"{code} {indicator} interval");
                Assert.That(Digits(dp.Survey.Upper), Is.EqualTo(Digits(tp.Survey.Upper)), $"{code} {indicator} interval");
                Assert.That(dp.Group.Values!.Median, Is.EqualTo(tp.Group.Values!.Median), $"{code} {indicator} peer median");
                Assert.That(dp.SurveyDifference!.IsSignificant, Is.EqualTo(tp.SurveyDifference!.IsSignificant));
                Assert.That(dp.Rank, Is.EqualTo(tp.Rank));
            }
        }
    }

    [Test]
    public void Derived_Values_NameTheirProvenance()
    {
        var data = SurveyIndicators.Derive(SurveyFixture.Yearly, SurveyFixture.SampleCells, SurveyCatalog.Default, IndicatorCatalog.Default, "respondenten-2024.csv");
        var zwolle = data.Observations.Where(o => o.Municipality == MunicipalityCode.Parse("GM0193") && o.Indicator.StartsWith("employee_satisfaction", StringComparison.Ordinal)).ToList();
        var almere = data.Observations.Single(o => o.Municipality == MunicipalityCode.Parse("GM0034") && o.Indicator == "employee_satisfaction");

        Assert.That(zwolle, Has.Count.EqualTo(3));
        Assert.That(zwolle.Select(o => o.Source.ToString()), Is.All.EqualTo("respondenten-2024.csv:0 [respondentdata M99]"));
        Assert.That(zwolle.All(SurveyIndicators.IsDerived), Is.True);
        Assert.That(SurveyIndicators.IsDerived(almere), Is.False, "a municipality without respondent data keeps its typed value");
        Assert.That(almere.Value, Is.EqualTo(7.2));
    }

    /// <summary>Six significant decimals: more than any report prints.</summary>
    private static string Digits(double value) => value.ToString("F6", CultureInfo.InvariantCulture);

    private static string TypedFile()
    {
        var reference = File.ReadLines(TestPaths.TestData("survey", "reference.csv")).Skip(1).Select(l => l.Split(';')).Where(f => f[2] == "Item")
            .ToDictionary(f => (f[0], f[1]), f => (N: f[4], Mean: f[5], Sd: f[6]));
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Samples, "benchmark-2024.csv"), Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        int Column(string name) => Array.IndexOf(header, name);
        var columns = new Dictionary<string, (int Mean, int N, int Sd)>
        {
            ["mto"] = (Column("MTO cijfer"), Column("MTO n"), Column("MTO sd")),
            ["ktv"] = (Column("Interne klanttevredenheid"), Column("KTV n"), Column("KTV sd")),
        };
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(';');
            foreach (var (survey, c) in columns)
            {
                if (reference.TryGetValue((fields[0], survey), out var r))
                {
                    fields[c.Mean] = r.Mean.Replace('.', ',');
                    fields[c.N] = r.N;
                    fields[c.Sd] = r.Sd.Replace('.', ',');
                }
            }

            lines[i] = string.Join(';', fields);
        }

        var path = Path.Combine(Path.GetTempPath(), $"typed-survey-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines, new UTF8Encoding(true));
        return path;
    }
}
