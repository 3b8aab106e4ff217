using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Tests.Validation;

/// <summary>Small datasets for rule tests: one file <c>t.csv</c>, the built-in catalogue, an optional small registry.</summary>
internal static class ValidationKit
{
    public const string FileName = "t.csv";

    public static readonly MunicipalityCode A = new(1);
    public static readonly MunicipalityCode B = new(2);
    public static readonly MunicipalityCode C = new(3);

    public static MunicipalityCode M(int number) => new(number);

    public static SourceLocation At(int line, string column) => new(FileName, line, column);

    /// <summary>Adds a value read at line <paramref name="line"/> of t.csv, in the column named like the code.</summary>
    public static DatasetBuilder Put(this DatasetBuilder builder, MunicipalityCode municipality, int year, string code, double value, int line) =>
        builder.Add(municipality, year, code, value, At(line, code));

    public static ValidationContext Context(
        ValidationOptions? options = null,
        Dataset? history = null,
        MunicipalityRegistry? registry = null,
        IndicatorCatalog? catalog = null) =>
        new(catalog ?? IndicatorCatalog.Default, registry ?? MunicipalityRegistry.Empty, options ?? ValidationOptions.Default, history);

    public static ValidationReport Validate(DatasetBuilder builder, ValidationContext? context = null) =>
        DatasetValidator.Validate(builder.Build(), [new FileReport(FileName, 0, 0, 0, [])], context ?? Context());

    /// <summary>All findings of one rule, per file then general.</summary>
    public static List<Finding> Of(this ValidationReport report, string rule) =>
        [.. report.AllFindings.Where(f => f.Rule == rule)];

    /// <summary>The accepted value, or null when the accepted dataset has no observation for the key.</summary>
    public static double? Accepted(this ValidationReport report, MunicipalityCode municipality, int year, string code) =>
        report.Dataset.TryGetValue(municipality, year, code, out var v) ? v : null;

    /// <summary>The accepted observation for the key (the first; there is at most one).</summary>
    public static Observation? AcceptedObservation(this ValidationReport report, MunicipalityCode municipality, int year, string code) =>
        report.Dataset.Observations.Where(o => o.Municipality == municipality && o.Year == year && o.Indicator == code).Cast<Observation?>().FirstOrDefault();

    public static MunicipalityRegistry Registry(params (MunicipalityCode Code, int Year, long Inhabitants)[] entries) =>
        new(entries.Select(e => new Municipality(e.Code, $"Gemeente {e.Code.Number}", "Utrecht", new Dictionary<int, long> { [e.Year] = e.Inhabitants })));
}
