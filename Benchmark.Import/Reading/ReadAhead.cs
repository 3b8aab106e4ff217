using System.Collections.Concurrent;
using Benchmark.Import.Parsing;

namespace Benchmark.Import.Reading;

/// <summary>
/// Runs a record source on a thread of its own, handing its records over in batches through a small bounded queue, so
/// that the consumer never waits for parsing as long as the producer keeps up. The consumer sees the same records in
/// the same order; an exception of the producer is rethrown to the consumer.
/// </summary>
/// <remarks>
/// With <c>recycle</c>, a batch the consumer has moved past goes back to the producer, which builds new records in its
/// records' arrays: a record is then only valid until the next call of <see cref="Next"/>, and a long file of records
/// of one width is read without allocating per record.
/// </remarks>
internal sealed class ReadAhead : IDisposable
{
    private const int BatchSize = 2048;
    private const int Batches = 4;

    private readonly BlockingCollection<(CsvRecord[] Records, int Count)> _queue = new(Batches);
    private readonly ConcurrentQueue<CsvRecord[]> _free = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly bool _recycle;
    private readonly Task _producer;
    private CsvRecord[] _batch = [];
    private int _count;
    private int _next;
    private bool _done;

    /// <summary>Starts reading <paramref name="source"/> (a record source that returns false at its end) ahead.</summary>
    /// <param name="source">The records.</param>
    /// <param name="recycle">Whether records are only used until the next one is taken (their arrays are reused).</param>
    public ReadAhead(ReadRecord source, bool recycle = false)
    {
        _recycle = recycle;
        _producer = Task.Factory.StartNew(() => Produce(source), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>A source of records: the next one (built in the arrays of the record passed in, when they fit), or false at the end.</summary>
    public delegate bool ReadRecord(ref CsvRecord record);

    /// <summary>The next record; false at the end (then the source is finished: its state may be read).</summary>
    public bool Next(out CsvRecord record)
    {
        while (_next == _count)
        {
            if (_recycle && _batch.Length > 0)
            {
                _free.Enqueue(_batch);
                _batch = [];
            }

            if (_done || !_queue.TryTake(out var batch, Timeout.Infinite))
            {
                Finish();
                record = default;
                return false;
            }

            (_batch, _count) = batch;
            _next = 0;
        }

        record = _batch[_next++];
        return true;
    }

    /// <summary>Waits for the producer to end and rethrows its exception, if any.</summary>
    public void Finish()
    {
        _done = true;
        if (!_producer.IsCompleted)
        {
            _stop.Cancel();
            while (_queue.TryTake(out _))
            {
            }
        }

        try
        {
            _producer.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Finish();
        _queue.Dispose();
        _stop.Dispose();
    }

    private void Produce(ReadRecord source)
    {
        try
        {
            var batch = NewBatch();
            var count = 0;
            while (source(ref batch[count]))
            {
                if (++count == BatchSize)
                {
                    _queue.Add((batch, count), _stop.Token);
                    batch = NewBatch();
                    count = 0;
                }
            }

            if (count > 0)
            {
                _queue.Add((batch, count), _stop.Token);
            }
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }

    private CsvRecord[] NewBatch() => _free.TryDequeue(out var batch) ? batch : new CsvRecord[BatchSize];
}
