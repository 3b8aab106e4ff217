using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

/// <summary>Properties that must hold for any data: seeded random datasets full of errors, gaps and duplicates.</summary>
public sealed class RandomDatasetTests
{
    private static readonly string[] Files = ["a.csv", "b.csv"];

    [TestCase(1)]
    [TestCase(20240601)]
    [TestCase(987654321)]
    public void Validate_RandomDataset_AcceptedSetIsCleanAndComplete(int seed)
    {
        var raw = RandomRaw(new Random(seed));

        var report = DatasetValidator.Validate(raw, [.. Files.Select(f => new FileReport(f, 0, 0, 0, []))], Context(registry: Registry((M(1), 2022, 30_000))));

        var errorsAt = report.AllFindings.Where(f => f.IsError && f.File is not null).Select(f => new SourceLocation(f.File, f.Line, f.Column)).ToHashSet();
        var repeatsAt = report.AllFindings.Where(f => f.Rule == Rules.DuplicateRepeat).Select(f => new SourceLocation(f.File, f.Line, f.Column)).ToHashSet();
        var accepted = report.Dataset.Observations.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report.ErrorCount, Is.GreaterThan(0), "the generator must produce errors, or this test proves nothing");
            Assert.That(report.AllFindings.Select(f => f.Rule).Distinct(), Is.SupersetOf(new[]
            {
                Rules.OutOfRange, Rules.DuplicateConflict, Rules.DuplicateRepeat, Rules.PartExceedsWhole, Rules.PlaceholderZero,
            }));

            // 1. At most one accepted observation per municipality × year × indicator.
            Assert.That(accepted.GroupBy(o => (o.Municipality, o.Year, o.Indicator)).Where(g => g.Count() > 1), Is.Empty);

            // 2. No accepted value carries an error finding.
            Assert.That(accepted.Where(o => !o.IsMissing && errorsAt.Contains(o.Source)), Is.Empty);

            // 3. Nothing is invented: a value with a source is a raw value; one without is a derived indicator.
            var rawByLocation = raw.Observations.GroupBy(o => o.Source).ToDictionary(g => g.Key, g => g.First());
            Assert.That(accepted.Where(o => o.Source != SourceLocation.None && !(rawByLocation.TryGetValue(o.Source, out var r) && SameValue(r.Value, o.Value))), Is.Empty);
            Assert.That(accepted.Where(o => o.Source == SourceLocation.None && IndicatorCatalog.Default.Get(o.Indicator).Formula is null), Is.Empty);

            // 4. Every finding uses a documented rule id with its documented severity, and says what and how in both languages.
            var documented = Rules.All.ToDictionary(r => r.Id, r => r.Severity);
            Assert.That(report.AllFindings.Where(f => !documented.TryGetValue(f.Rule, out var severity) || severity != f.Severity), Is.Empty);
            Assert.That(report.AllFindings.Where(f => f.Message.Nl.Length == 0 || f.Message.En.Length == 0 || f.Hint.Nl.Length == 0 || f.Hint.En.Length == 0), Is.Empty);

            // 5. Nothing is lost silently: a raw value without an error and not a repeat is accepted.
            var acceptedAt = accepted.Select(o => o.Source).ToHashSet();
            var lost = raw.Observations.Where(o => !o.IsMissing && !errorsAt.Contains(o.Source) && !repeatsAt.Contains(o.Source) && !acceptedAt.Contains(o.Source));
            Assert.That(lost, Is.Empty);
        });
    }

    private static bool SameValue(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    /// <summary>
    /// 40 municipalities × 3 years × the raw catalogue figures plus two derived ones, spread over two files. Values are
    /// drawn within the plausible range; some are missing (6 %), negative (3 %), zero (3 %), too large (2 %), or repeated on
    /// another line with the same (3 %) or another value (3 %).
    /// </summary>
    private static Dataset RandomRaw(Random random)
    {
        var catalog = IndicatorCatalog.Default;
        var codes = catalog.All.Where(i => i.Formula is null).Select(i => i.Code.Value).Concat(["overhead_pct", "external_hire_pct"]).ToArray();
        var builder = new DatasetBuilder();
        var lines = new int[Files.Length];
        for (var m = 1; m <= 40; m++)
        {
            for (var year = 2021; year <= 2023; year++)
            {
                var file = random.Next(Files.Length);
                var line = ++lines[file] + 1;
                foreach (var code in codes)
                {
                    var value = Draw(random, catalog.Get(code));
                    builder.Add(new MunicipalityCode(m), year, code, value, new SourceLocation(Files[file], line, code));
                    var roll = random.NextDouble();
                    if (roll < 0.06)
                    {
                        var other = random.Next(Files.Length);
                        var duplicate = roll < 0.03 ? value : Draw(random, catalog.Get(code));
                        builder.Add(new MunicipalityCode(m), year, code, duplicate, new SourceLocation(Files[other], 10_000 + ++lines[other], code));
                    }
                }
            }
        }

        return builder.Build();
    }

    private static double Draw(Random random, Indicator indicator)
    {
        var roll = random.NextDouble();
        var lo = indicator.PlausibleRange.Min ?? indicator.ValidRange.Min ?? 0;
        var hi = indicator.PlausibleRange.Max ?? indicator.ValidRange.Max ?? 1_000;
        return roll switch
        {
            < 0.06 => double.NaN,
            < 0.09 => -1 - (random.NextDouble() * hi),
            < 0.12 => 0,
            < 0.14 => (indicator.ValidRange.Max ?? hi * 1_000) * 2,
            _ => lo + (random.NextDouble() * (hi - lo)),
        };
    }
}
