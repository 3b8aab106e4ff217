using Benchmark.Store.Relational;
using Npgsql;
using NpgsqlTypes;

namespace Benchmark.Store.Postgres;

/// <summary>Bulk rows through binary COPY (<see cref="NpgsqlBinaryImporter"/>), applied when completed.</summary>
internal sealed class PostgresRowWriter : RowWriter
{
    private readonly NpgsqlBinaryImporter _importer;
    private bool _inRow;

    public PostgresRowWriter(NpgsqlConnection connection, BulkTable table)
    {
        _importer = connection.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)");
        _importer.Timeout = TimeSpan.FromMinutes(10);
    }

    public override void Long(long value)
    {
        Start();
        _importer.Write(value, NpgsqlDbType.Bigint);
    }

    public override void Int(int value)
    {
        Start();
        _importer.Write(value, NpgsqlDbType.Integer);
    }

    public override void Int(int? value)
    {
        if (value is { } v)
        {
            Int(v);
        }
        else
        {
            Start();
            _importer.WriteNull();
        }
    }

    public override void Real(double value)
    {
        Start();
        if (double.IsNaN(value))
        {
            _importer.WriteNull();
        }
        else
        {
            _importer.Write(value, NpgsqlDbType.Double);
        }
    }

    public override void Text(string? value)
    {
        Start();
        if (value is null)
        {
            _importer.WriteNull();
        }
        else
        {
            _importer.Write(value, NpgsqlDbType.Text);
        }
    }

    public override void EndRow() => _inRow = false;

    public override void Complete() => _importer.Complete();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _importer.Dispose();
        }
    }

    private void Start()
    {
        if (!_inRow)
        {
            _importer.StartRow();
            _inRow = true;
        }
    }
}
