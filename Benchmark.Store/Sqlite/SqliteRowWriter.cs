using System.Globalization;
using Benchmark.Store.Relational;
using Microsoft.Data.Sqlite;

namespace Benchmark.Store.Sqlite;

/// <summary>
/// Bulk rows through one prepared INSERT whose parameters are reused for every row. (A multi-row INSERT measured
/// slower with Microsoft.Data.Sqlite, which binds parameters by name on every execution.)
/// </summary>
internal sealed class SqliteRowWriter : RowWriter
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private int _next;

    public SqliteRowWriter(SqliteConnection connection, SqliteTransaction transaction, BulkTable table)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        var names = table.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        _command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", names)})";
        _parameters = [.. names.Select(n => _command.Parameters.Add(new SqliteParameter(n, DBNull.Value)))];
        _command.Prepare();
    }

    public override void Long(long value) => Set(value);

    public override void Int(int value) => Set(value);

    public override void Int(int? value) => Set(value is { } v ? v : DBNull.Value);

    public override void Real(double value) => Set(double.IsNaN(value) ? DBNull.Value : value);

    public override void Text(string? value) => Set(value ?? (object)DBNull.Value);

    public override void EndRow()
    {
        if (_next != _parameters.Length)
        {
            throw new InvalidOperationException($"A row of {_parameters.Length} values got {_next}.");
        }

        _command.ExecuteNonQuery();
        _next = 0;
    }

    public override void Complete()
    {
        if (_next != 0)
        {
            throw new InvalidOperationException("The last row was not ended.");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _command.Dispose();
        }
    }

    private void Set(object value) => _parameters[_next++].Value = value;
}
