namespace Benchmark.Store.Relational;

/// <summary>
/// Writes many rows into one table inside the current transaction: a reused prepared INSERT on SQLite, binary COPY on
/// PostgreSQL. Values are written column by column in the order of <see cref="BulkTable.Columns"/>, then <see cref="EndRow"/>.
/// </summary>
internal abstract class RowWriter : IDisposable
{
    /// <summary>A 64-bit integer column (version ids).</summary>
    public abstract void Long(long value);

    /// <summary>A 32-bit integer column.</summary>
    public abstract void Int(int value);

    /// <summary>A nullable 32-bit integer column.</summary>
    public abstract void Int(int? value);

    /// <summary>A floating-point column; NaN is written as NULL.</summary>
    public abstract void Real(double value);

    /// <summary>A text column; <see langword="null"/> is written as NULL.</summary>
    public abstract void Text(string? value);

    /// <summary>Ends the current row.</summary>
    public abstract void EndRow();

    /// <summary>Finishes the bulk write (a COPY is only applied when completed).</summary>
    public abstract void Complete();

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the command or importer.</summary>
    protected abstract void Dispose(bool disposing);
}
