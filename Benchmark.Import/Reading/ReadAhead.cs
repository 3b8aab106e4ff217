using System.Collections.Concurrent;
using Benchmark.Import.Parsing;

namespace Benchmark.Import.Reading;

/// <summary>
/// Runs a record source on a thread of its own, handing its records over in batches through a small bounded queue, so
/// that the consumer never waits for parsing as long as the producer keeps up. The consumer sees the same records in
/// the same order; an exception of the producer is rethrown to the consumer.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    private const int BatchSize = 2048;
    private const int Batches = 4;

    private readonly BlockingCollection<CsvRecord[]> _queue = new(Batches);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _producer;
    private CsvRecord[] _batch = [];
    private int _next;
    private bool _done;

    /// <summary>Starts reading <paramref name="source"/> (a record source that returns false at its end) ahead.</summary>
    public ReadAhead(ReadRecord source) => _producer = Task.Factory.StartNew(() => Produce(source), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>A source of records: the next one, or false at the end.</summary>
    public delegate bool ReadRecord(out CsvRecord record);

    /// <summary>The next record; false at the end (then the source is finished: its state may be read).</summary>
    public bool Next(out CsvRecord record)
    {
        while (_next == _batch.Length)
        {
            if (_done || !_queue.TryTake(out var batch, Timeout.Infinite))
            {
                Finish();
                record = default;
                return false;
            }

            _batch = batch;
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
            var batch = new List<CsvRecord>(BatchSize);
            while (source(out var record))
            {
                batch.Add(record);
                if (batch.Count == BatchSize)
                {
                    _queue.Add([.. batch], _stop.Token);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                _queue.Add([.. batch], _stop.Token);
            }
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }
}
