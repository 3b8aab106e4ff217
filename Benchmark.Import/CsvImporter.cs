using Benchmark.Data;
using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Reading;
using Benchmark.Import.Workbooks;
using Benchmark.Validation;

namespace Benchmark.Import;

/// <summary>
/// Reads municipal CSV files into a <see cref="Dataset"/> with a <see cref="FileReport"/> per file: every problem is a
/// finding located by file, line and column; bad data never throws.
/// </summary>
/// <remarks>
/// <para>
/// Per file the importer detects the encoding (UTF-8 with or without byte order mark, otherwise Windows-1252; UTF-16
/// with a byte order mark), the separator (<c>;</c>, <c>,</c> or tab, from the header and the first lines), the layout
/// (wide: a column per figure; long: indicator and value columns; municipalities: a reference with inhabitants and
/// area) and — unless <see cref="ImportOptions.DecimalConvention"/> says — the decimal convention from the numbers
/// themselves. With a <c>,</c> separator the decimal is a point.
/// </para>
/// <para>
/// Decimal convention: <c>12,5</c>, <c>1.234,56</c> and <c>0,5</c> prove a decimal comma; <c>12.5</c>, <c>1,234.56</c>
/// and <c>0.5</c> prove a decimal point; the convention with more proofs wins. In a decimal-comma file <c>1.234</c> is
/// 1234 (a thousands point), never 1.234; in a decimal-point file <c>1,234</c> is 1234. When a file proves neither,
/// a value such as <c>1.234</c> or <c>1,234</c> is rejected as ambiguous with a hint naming <c>--decimal comma|point</c>;
/// whole numbers such as <c>1234</c> read the same either way. A value that only the losing convention reads is
/// rejected as not a number.
/// </para>
/// <para>
/// Missing values (empty, <c>-</c>, <c>n.v.t.</c>, <c>nvt</c>, <c>NA</c>, <c>N/A</c>, <c>..</c>, <c>?</c>, <c>.</c>) become
/// NaN. Rows whose fields are all empty are skipped and not counted. Values that are rejected (not a number, ambiguous,
/// unknown indicator) are not in the dataset; rows that are rejected (field count, code, year) contribute nothing.
/// The file is read as a stream, in memory proportional to the values kept, not to the file.
/// </para>
/// </remarks>
public static class CsvImporter
{
    /// <summary>Reads files; a file that cannot be read gives a report with one <c>file.unreadable</c> finding.</summary>
    /// <param name="paths">The files, as the user named them (the names are kept in findings and sources).</param>
    /// <param name="options">How to read them.</param>
    /// <returns>The observations of all files and one report per file, in the order given.</returns>
    /// <exception cref="ArgumentNullException">When an argument or a path is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When the options are inconsistent (first year after last year, record size below 1).</exception>
    public static ImportResult Import(IEnumerable<string> paths, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        CheckOptions(options);
        var builder = new DatasetBuilder();
        var reports = new List<FileReport>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            reports.Add(ImportFile(path, options, builder));
        }

        return new ImportResult(builder.Build(release: true), reports);
    }

    /// <summary>Reads one stream (the caller keeps owning it).</summary>
    /// <param name="stream">The file's bytes, from its start.</param>
    /// <param name="fileName">The name to report in findings and sources.</param>
    /// <param name="options">How to read it.</param>
    /// <exception cref="ArgumentNullException">When an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">When the options are inconsistent.</exception>
    public static ImportResult Import(Stream stream, string fileName, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        CheckOptions(options);
        var builder = new DatasetBuilder();
        var report = WorkbookImporter.IsWorkbookName(fileName)
            ? WorkbookImporter.Read(stream, fileName, options, builder)
            : DataFileReader.Read(stream, fileName, options, builder);
        return new ImportResult(builder.Build(release: true), [report]);
    }

    private static FileReport ImportFile(string path, ImportOptions options, DatasetBuilder builder)
    {
        var stream = FileOpener.TryOpen(path, out var problem, out var detail);
        if (stream is null)
        {
            var finding = StructureFindings.Unreadable(path, 0, problem, detail, options.MaxRecordSize);
            return new FileReport(path, 0, 0, 0, [finding]);
        }

        using var read = options.Progress is { } progress ? new ProgressStream(stream, path, progress) : (Stream)stream;
        (read as ProgressStream)?.Start();
        var report = WorkbookImporter.IsWorkbookName(path)
            ? WorkbookImporter.Read(read, path, options, builder)
            : DataFileReader.Read(read, path, options, builder);
        (read as ProgressStream)?.Finish();
        return report;
    }

    internal static void CheckOptions(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FirstYear > options.LastYear)
        {
            throw new ArgumentException($"FirstYear ({options.FirstYear}) is after LastYear ({options.LastYear}).", nameof(options));
        }

        if (options.MaxRecordSize < 1)
        {
            throw new ArgumentException($"MaxRecordSize must be at least 1, not {options.MaxRecordSize}.", nameof(options));
        }
    }
}
