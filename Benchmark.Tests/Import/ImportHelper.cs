using System.Text;
using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>Test helper: imports text or bytes as one file named <c>test.csv</c>.</summary>
internal static class ImportHelper
{
    public const string FileName = "test.csv";

    public static ImportResult Import(string text, ImportOptions? options = null) =>
        Import(Encoding.UTF8.GetBytes(text), options);

    public static ImportResult Import(byte[] bytes, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return CsvImporter.Import(stream, FileName, options ?? ImportOptions.Default);
    }

    public static FileReport Report(this ImportResult result) => result.Files.Single();

    public static List<Finding> Findings(this ImportResult result, string rule) =>
        [.. result.Report().Findings.Where(f => f.Rule == rule)];

    public static double Value(this ImportResult result, string code, int year, string indicator) =>
        result.Dataset.ValueOrNaN(Benchmark.Municipalities.MunicipalityCode.Parse(code), year, indicator);
}
