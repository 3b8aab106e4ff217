using System.Data.Common;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>Reading a version's report and quarantine back.</summary>
internal sealed partial class StoreSession
{
    /// <summary>A version with its report and quarantine, or <see langword="null"/>.</summary>
    public DatasetVersionDetails? Details(long id)
    {
        if (Version(id) is not { } version)
        {
            return null;
        }

        var (readerAccepted, readerRejected, format) = ReaderFigures(id);
        var findings = Findings(id);
        var inFile = findings.Where(f => f.File is not null).ToList();
        var general = findings.Where(f => f.File is null).ToList();
        var report = new FileReport(version.FileName, version.RowsRead, readerAccepted, readerRejected, inFile, format);
        return new DatasetVersionDetails(version, report, general, QuarantineOf(id, inFile));
    }

    private (int Accepted, int Rejected, FileFormatInfo? Format) ReaderFigures(long id)
    {
        using var command = Command(
            "SELECT reader_rows_accepted, reader_rows_rejected, encoding, separator, decimal_separator, layout FROM dataset_versions WHERE id = @id",
            ("id", id));
        using var r = command.ExecuteReader();
        r.Read();
        var format = r.IsDBNull(2)
            ? null
            : new FileFormatInfo(r.GetString(2), r.GetString(3)[0], r.GetString(4)[0], r.GetString(5));
        return (r.GetInt32(0), r.GetInt32(1), format);
    }

    private List<Finding> Findings(long id)
    {
        using var command = Command(
            "SELECT severity, rule, file, line, column_name, value, message_nl, message_en, hint_nl, hint_en FROM findings WHERE version_id = @id ORDER BY seq",
            ("id", id));
        using var r = command.ExecuteReader();
        var result = new List<Finding>();
        while (r.Read())
        {
            result.Add(new Finding(
                StatusNames.ParseSeverity(r.GetString(0)),
                r.GetString(1),
                NullableText(r, 2),
                r.GetInt32(3),
                NullableText(r, 4),
                NullableText(r, 5),
                new LocalizedText(r.GetString(6), r.GetString(7)),
                new LocalizedText(r.GetString(8), r.GetString(9))));
        }

        return result;
    }

    private List<QuarantinedRow> QuarantineOf(long id, List<Finding> findings)
    {
        var errorsByLine = findings.Where(f => f.IsError).ToLookup(f => f.Line);
        using var command = Command("SELECT line, line_count, text FROM quarantine WHERE version_id = @id ORDER BY line", ("id", id));
        using var r = command.ExecuteReader();
        var result = new List<QuarantinedRow>();
        while (r.Read())
        {
            var line = r.GetInt32(0);
            result.Add(new QuarantinedRow(line, r.GetInt32(1), r.GetString(2), [.. errorsByLine[line]]));
        }

        return result;
    }

    private static string? NullableText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
