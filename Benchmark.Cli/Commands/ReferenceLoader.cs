using Benchmark.Catalog;
using Benchmark.Cli.Infrastructure;
using Benchmark.Import;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Cli.Commands;

/// <summary>Turns the reference options (<c>--catalog</c>, <c>--municipalities</c>, <c>--decimal</c>) into import options.</summary>
internal static class ReferenceLoader
{
    /// <summary>Builds the import options; a catalogue or reference file that cannot be used is a <see cref="UsageException"/>.</summary>
    public static ImportOptions Load(DataSettings settings, CliEnvironment env)
    {
        var options = ImportOptions.Default with { DecimalConvention = settings.DecimalConvention, IgnoredColumns = settings.IgnoreColumns, Sheet = settings.Sheet };
        if (settings.Catalog is { } catalogPath)
        {
            options = options with { Catalog = IndicatorCatalog.Default.Merge(LoadCatalog(env.Resolve(catalogPath), catalogPath)) };
        }

        if (settings.Municipalities is { } referencePath)
        {
            var read = MunicipalityFileReader.Read(env.ForReading(referencePath), options);
            var errors = read.Report.Findings.Where(f => f.Severity == Severity.Error).ToList();
            if (read.Registry.Count == 0 || errors.Any(f => f.Rule is Rules.FileUnreadable or Rules.MissingColumn))
            {
                var first = errors.FirstOrDefault();
                throw new UsageException(
                    $"--municipalities {referencePath}: {first?.Message.Nl ?? "geen gemeenten gevonden"}",
                    $"--municipalities {referencePath}: {first?.Message.En ?? "no municipalities found"}");
            }

            options = options with { Municipalities = options.Municipalities.Merge(read.Registry) };
        }

        return options;
    }

    private static IndicatorCatalog LoadCatalog(string fullPath, string shownPath)
    {
        try
        {
            using var stream = File.OpenRead(fullPath);
            return IndicatorCatalog.Load(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or KeyNotFoundException)
        {
            // ArgumentException: the catalogue is inconsistent, e.g. two indicators claim the same alias.
            throw new UsageException(
                $"--catalog {shownPath}: {UsageException.TextOf(ex, Language.Dutch)}",
                $"--catalog {shownPath}: {UsageException.TextOf(ex, Language.English).Replace(" (Parameter 'indicators')", string.Empty, StringComparison.Ordinal)}");
        }
    }
}
