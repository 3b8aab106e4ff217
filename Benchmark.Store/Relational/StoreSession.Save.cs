using System.Text.Json;
using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>Writing and deleting versions; callers run these inside the write transaction.</summary>
internal sealed partial class StoreSession
{
    private const string InsertVersionSql =
        "INSERT INTO dataset_versions (file_name, sha256, imported_at, imported_by, status, years, indicators, rows_read, rows_accepted, "
        + "rows_rejected, values_stored, errors, warnings, reader_rows_accepted, reader_rows_rejected, encoding, separator, decimal_separator, layout) "
        + "VALUES (@file_name, @sha256, @imported_at, @imported_by, @status, @years, @indicators, @rows_read, @rows_accepted, "
        + "@rows_rejected, @values_stored, @errors, @warnings, @reader_rows_accepted, @reader_rows_rejected, @encoding, @separator, @decimal_separator, @layout) "
        + "RETURNING id";

    /// <summary>Writes a version with its observations, findings and quarantine; returns the new version.</summary>
    public DatasetVersion Save(SavePlan plan)
    {
        var importedAt = Microseconds(store.Clock.GetUtcNow());
        var format = plan.Report.Format;
        var years = JsonSerializer.Serialize(plan.Years);
        var indicators = JsonSerializer.Serialize(plan.Indicators);
        var id = ScalarLong(
            InsertVersionSql,
            ("file_name", plan.FileName),
            ("sha256", plan.Sha256),
            ("imported_at", store.TimestampValue(importedAt)),
            ("imported_by", plan.ImportedBy),
            ("status", StatusNames.Of(plan.Status)),
            ("years", years),
            ("indicators", indicators),
            ("rows_read", plan.RowsRead),
            ("rows_accepted", plan.RowsAccepted),
            ("rows_rejected", plan.RowsRejected),
            ("values_stored", plan.Observations.Count),
            ("errors", plan.Errors),
            ("warnings", plan.Warnings),
            ("reader_rows_accepted", plan.Report.RowsAccepted),
            ("reader_rows_rejected", plan.Report.RowsRejected),
            ("encoding", format?.Encoding),
            ("separator", format?.Separator.ToString()),
            ("decimal_separator", format?.DecimalSeparator.ToString()),
            ("layout", format?.Layout)) ?? throw new InvalidOperationException("The store returned no id for the new version.");

        WriteObservations(id, plan);
        WriteFindings(id, plan.Report.Findings.Concat(plan.GeneralFindings));
        WriteQuarantine(id, plan.Quarantine);
        return new DatasetVersion(
            id, plan.FileName, plan.Sha256, importedAt, plan.ImportedBy, plan.Status, plan.Years, plan.Indicators,
            plan.RowsRead, plan.RowsAccepted, plan.RowsRejected, plan.Observations.Count, plan.Errors, plan.Warnings);
    }

    /// <summary>Deletes a version and everything it stored; <see langword="false"/> when there is none.</summary>
    public bool Delete(long id)
    {
        if (Version(id) is not { } version)
        {
            return false;
        }

        // The key index starts with the year, and a version only stores years of its file.
        foreach (var year in version.Years)
        {
            Execute("DELETE FROM observations WHERE year = @year AND version_id = @id", ("year", year), ("id", id));
        }

        Execute("DELETE FROM findings WHERE version_id = @id", ("id", id));
        Execute("DELETE FROM quarantine WHERE version_id = @id", ("id", id));
        Execute("DELETE FROM dataset_versions WHERE id = @id", ("id", id));
        return true;
    }

    /// <summary>Timestamps are kept to the microsecond (PostgreSQL's resolution) so both stores return what was stamped.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private void WriteObservations(long id, SavePlan plan)
    {
        // Names first: a COPY in progress allows no other command on the connection.
        var indicatorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var columnIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in plan.Observations)
        {
            if (!indicatorIds.ContainsKey(o.Indicator))
            {
                indicatorIds.Add(o.Indicator, NameId("SELECT id FROM indicators WHERE code = @name", "INSERT INTO indicators (code) VALUES (@name) RETURNING id", o.Indicator));
            }

            if (o.Source.Column is { } header && !columnIds.ContainsKey(header))
            {
                columnIds.Add(header, NameId("SELECT id FROM source_columns WHERE header = @name", "INSERT INTO source_columns (header) VALUES (@name) RETURNING id", header));
            }
        }

        using var rows = store.Rows(connection, transaction, BulkTable.Observations);
        foreach (var o in plan.Observations)
        {
            rows.Long(id);
            rows.Int(o.Year);
            rows.Int(indicatorIds[o.Indicator]);
            rows.Int(o.Municipality.Number);
            rows.Real(o.Value);
            rows.Int(o.Source.Line);
            rows.Int(o.Source.Column is { } header ? columnIds[header] : null);
            rows.EndRow();
        }

        rows.Complete();
    }

    /// <summary>The id of a name in a small dictionary table, added when new (writers are serialised, so no race).</summary>
    private int NameId(string select, string insert, string name) =>
        (int)(ScalarLong(select, ("name", name)) ?? ScalarLong(insert, ("name", name))
            ?? throw new InvalidOperationException($"The store returned no id for '{name}'."));

    private void WriteFindings(long id, IEnumerable<Finding> findings)
    {
        using var rows = store.Rows(connection, transaction, BulkTable.Findings);
        var seq = 0;
        foreach (var f in findings)
        {
            rows.Long(id);
            rows.Int(seq++);
            rows.Text(StatusNames.Of(f.Severity));
            rows.Text(f.Rule);
            rows.Text(f.File);
            rows.Int(f.Line);
            rows.Text(f.Column);
            rows.Text(f.Value);
            rows.Text(f.Message.Nl);
            rows.Text(f.Message.En);
            rows.Text(f.Hint.Nl);
            rows.Text(f.Hint.En);
            rows.EndRow();
        }

        rows.Complete();
    }

    private void WriteQuarantine(long id, IReadOnlyList<QuarantinedRow> quarantine)
    {
        using var rows = store.Rows(connection, transaction, BulkTable.Quarantine);
        foreach (var q in quarantine)
        {
            rows.Long(id);
            rows.Int(q.Line);
            rows.Int(q.LineCount);
            rows.Text(q.Text);
            rows.EndRow();
        }

        rows.Complete();
    }
}
