using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Samples.Scale;
using Benchmark.Validation;

namespace Benchmark.Tests.Validation;

/// <summary>
/// The outlier rule on a dataset large enough to be examined on every core (250,000 observations) flags exactly the
/// values an independent, plain computation of the robust z flags.
/// </summary>
public sealed class OutlierCheckLargeTests
{
    [Test]
    public void Outliers_LargeGeneratedFile_AreThoseOfAPlainRobustZ()
    {
        var scale = new ScaleOptions { Units = 500, Years = 10, Indicators = 50, Seed = 9, Outliers = 40 };
        var folder = Path.Combine(Path.GetTempPath(), "outliers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var data = Path.Combine(folder, "data.csv");
            using (var stream = File.Create(data))
            {
                ScaleGenerator.WriteData(stream, scale);
            }

            using var catalog = new MemoryStream();
            ScaleGenerator.WriteCatalog(catalog, scale);
            catalog.Position = 0;
            using var reference = new MemoryStream();
            ScaleGenerator.WriteMunicipalities(reference, scale);
            reference.Position = 0;
            var options = ImportOptions.Default with { Catalog = IndicatorCatalog.Default.Merge(IndicatorCatalog.Load(catalog)) };
            options = options with { Municipalities = options.Municipalities.Merge(MunicipalityFileReader.Read(reference, "m.csv", options).Registry) };

            var report = DatasetLoader.Load([data], options);

            Assert.That(report.Dataset.Count, Is.EqualTo(250_000));
            var actual = report.AllFindings.Where(f => f.Rule == Rules.Outlier).Select(f => (f.Line, f.Value)).Order().ToList();
            var expected = PlainOutliers(report.Dataset).Order().ToList();
            Assert.That(actual, Is.EqualTo(expected));
            Assert.That(actual, Has.Count.GreaterThanOrEqualTo(20), "the planted outliers (× 6 or ÷ 6) are among them");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>|x − median| / (1.4826 · MAD) &gt; 3.5 per indicator × year, medians of sorted copies.</summary>
    private static IEnumerable<(int Line, string Value)> PlainOutliers(Benchmark.Data.Dataset dataset)
    {
        foreach (var (indicator, year) in dataset.Keys)
        {
            var slice = dataset.Slice(indicator, year);
            var present = Enumerable.Range(0, slice.Length).Select(i => slice[i]).Where(o => !o.IsMissing).ToList();
            var median = Median(present.Select(o => o.Value));
            var mad = Median(present.Select(o => Math.Abs(o.Value - median)));
            foreach (var o in present.Where(o => Math.Abs((o.Value - median) / (1.4826 * mad)) > 3.5))
            {
                yield return (o.Source.Line, o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
