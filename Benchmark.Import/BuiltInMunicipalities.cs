using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Import;

/// <summary>
/// The built-in municipality reference: the 342 Dutch municipalities of the CBS 2024 division with province,
/// inhabitants on 1 January 2024 and area (CBS table 85984NED; see <c>samples/README.md</c> for provenance).
/// </summary>
/// <remarks>It is the embedded <c>samples/municipalities.csv</c>, read with <see cref="MunicipalityFileReader"/>.</remarks>
public static class BuiltInMunicipalities
{
    /// <summary>The name under which the embedded file is read (and reported).</summary>
    public const string FileName = "municipalities.csv";

    private static readonly Lazy<MunicipalityRegistry> Lazy = new(Load);

    /// <summary>The built-in reference.</summary>
    public static MunicipalityRegistry Registry => Lazy.Value;

    /// <summary>Reads the embedded file with its findings (for tests and diagnostics).</summary>
    internal static MunicipalityFileResult Read()
    {
        using var stream = typeof(BuiltInMunicipalities).Assembly.GetManifestResourceStream("Benchmark.Import.municipalities.csv")
            ?? throw new InvalidOperationException("The built-in municipality reference is missing from Benchmark.Import.");
        return MunicipalityFileReader.Read(stream, FileName, ImportOptions.Default);
    }

    private static MunicipalityRegistry Load()
    {
        var result = Read();
        if (result.Report.Findings.FirstOrDefault(f => f.Severity == Severity.Error) is { } error)
        {
            throw new InvalidOperationException($"The built-in municipality reference is broken: {error.File}:{error.Line} {error.Rule}: {error.Message.En}");
        }

        return result.Registry;
    }
}
