using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Reading;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Import;

/// <summary>
/// Reads a municipality reference file — the format of <c>samples/municipalities.csv</c> — into a
/// <see cref="MunicipalityRegistry"/>, with findings in the same style as <see cref="CsvImporter"/>.
/// </summary>
/// <remarks>
/// <para>
/// Columns (headers matched case-, space- and punctuation-insensitively): municipality code and name (required);
/// province; inhabitants and area in km² (the catalogue's aliases of <c>inhabitants</c> and <c>area_km2</c>, e.g.
/// <c>inwoners</c>, <c>oppervlakte_km2</c>); year (<c>jaar</c>); <c>valid_from</c> / <c>valid_to</c> (also
/// <c>geldig_vanaf</c> / <c>geldig_tot</c>), the first and last year in which the municipality exists.
/// Encoding, separator and decimal convention are detected as for data files.
/// </para>
/// <para>
/// Several rows of one code with different years give its inhabitants per year; name, province and area come from
/// the row of the latest year. Without a year column, inhabitants are stored under year 0 and
/// <see cref="Municipality.InhabitantsIn"/> returns them for every year. A file given with <c>--municipalities</c>
/// is merged over the built-in reference with <see cref="MunicipalityRegistry.Merge"/>, which replaces whole entries.
/// </para>
/// </remarks>
public static class MunicipalityFileReader
{
    /// <summary>Reads a reference file; a file that cannot be read gives an empty registry and a <c>file.unreadable</c> finding.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="options">Decimal convention, year range, record size limit and catalogue (for the inhabitants and area aliases).</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When the options are inconsistent.</exception>
    public static MunicipalityFileResult Read(string path, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        CsvImporter.CheckOptions(options);
        var stream = FileOpener.TryOpen(path, out var problem, out var detail);
        if (stream is null)
        {
            var finding = StructureFindings.Unreadable(path, 0, problem, detail, options.MaxRecordSize);
            return new MunicipalityFileResult(MunicipalityRegistry.Empty, new FileReport(path, 0, 0, 0, [finding]));
        }

        using (stream)
        {
            return ReferenceFileReader.Read(stream, path, options);
        }
    }

    /// <summary>Reads a reference file from a stream (the caller keeps owning it).</summary>
    /// <param name="stream">The file's bytes, from its start.</param>
    /// <param name="fileName">The name to report in findings.</param>
    /// <param name="options">How to read it.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When the options are inconsistent.</exception>
    public static MunicipalityFileResult Read(Stream stream, string fileName, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        CsvImporter.CheckOptions(options);
        return ReferenceFileReader.Read(stream, fileName, options);
    }
}
