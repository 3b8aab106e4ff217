using System.Text;
using Benchmark.Import;

namespace Benchmark.Tests.Import;

/// <summary>A large file read as a forward-only stream that is generated on the fly, never held in memory whole.</summary>
public sealed class LargeFileTests
{
    private const int Rows = 100_000;

    [Test]
    public void Import_HundredThousandRowsFromForwardOnlyStream_ReadsEveryRow()
    {
        using var stream = new GeneratedCsvStream(Rows);

        var result = CsvImporter.Import(stream, "big.csv", ImportOptions.Default);

        var report = result.Files.Single();
        Assert.That((report.RowsRead, report.RowsAccepted, report.RowsRejected), Is.EqualTo((Rows, Rows, 0)));
        Assert.That(report.Findings, Is.Empty);
        Assert.That(result.Dataset.Count, Is.EqualTo(Rows));
        // Row i (0-based) is on line i + 2 and has the value i,5.
        var last = result.Dataset.Observations.MaxBy(o => o.Source.Line);
        Assert.That((last.Source.Line, last.Value), Is.EqualTo((Rows + 1, Rows - 1 + 0.5)));
    }

    /// <summary>Streams "gemeentecode;jaar;totale lasten" and then rows "GM0363;{1990 + i % 100};{i},5" with CRLF.</summary>
    private sealed class GeneratedCsvStream(int rows) : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("gemeentecode;jaar;totale lasten\r\n");
        private int _offset;
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                if (_next == rows)
                {
                    return 0;
                }

                _pending = Encoding.ASCII.GetBytes($"GM0363;{1990 + (_next % 100)};{_next},5\r\n");
                _offset = 0;
                _next++;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
