using System.Globalization;
using System.Text;
using Benchmark.Comparison;
using Benchmark.Import.Workbooks;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// Writes every ranked observation as CSV — <c>indicator,year,group,code,rank</c>, one row per member with a rank, in
/// the order of the groups and their members — straight into a byte buffer: millions of rows without a string each.
/// </summary>
/// <remarks>
/// UTF-8 without byte order mark, LF line endings, invariant numbers; the group is its name in the requested language;
/// text fields written by <see cref="SpreadsheetCsv"/> (formula injection escaped). The format of
/// <c>benchmark stats --ranks FILE</c>: call <see cref="WriteHeader"/>, <see cref="Write(GroupRanking, Language)"/> per group (e.g. of
/// <c>engine.AllRankings(year, spec)</c>), then <see cref="Flush"/>.
/// </remarks>
/// <param name="stream">Where the rows go (left open).</param>
public sealed class RanksCsvWriter(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _used;

    /// <summary>The number of rows written.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes the header row.</summary>
    public void WriteHeader() => Write("indicator,year,group,code,rank\n"u8);

    /// <summary>Writes the ranked members of one group.</summary>
    public void Write(GroupRanking ranking, Language language)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var statistics = ranking.Statistics;
        var prefix = Encoding.UTF8.GetBytes(
            $"{Escape(statistics.Indicator)},{statistics.Year.ToString(CultureInfo.InvariantCulture)},{Escape(statistics.Group.Name.Get(language))},");
        var members = statistics.Group.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var rank = ranking.Ranks[i];
            if (rank == 0)
            {
                continue;
            }

            Reserve(prefix.Length + 32);
            prefix.CopyTo(_buffer, _used);
            _used += prefix.Length;

            // The canonical code — GM and four digits, five for an extended code — then the rank: digits written
            // directly (millions of rows).
            var code = members[i].Number;
            _buffer[_used++] = (byte)'G';
            _buffer[_used++] = (byte)'M';
            WriteDigits(code, code > MunicipalityCode.MaxFourDigitNumber ? 5 : 4);
            _buffer[_used++] = (byte)',';
            WriteDigits(rank);
            _buffer[_used++] = (byte)'\n';
            Rows++;
        }
    }

    /// <summary>Writes what is buffered.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Writes a positive integer in decimal digits (room is reserved by the caller).</summary>
    private void WriteDigits(int value)
    {
        var digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : value < 100_000 ? 5 : value < 1_000_000 ? 6 : 0;
        if (digits == 0)
        {
            value.TryFormat(_buffer.AsSpan(_used), out var written, provider: CultureInfo.InvariantCulture);
            _used += written;
            return;
        }

        WriteDigits(value, digits);
    }

    /// <summary>Writes a non-negative integer in exactly <paramref name="digits"/> digits, leading zeros included (room is reserved by the caller).</summary>
    private void WriteDigits(int value, int digits)
    {
        for (var d = digits - 1; d >= 0; d--)
        {
            _buffer[_used + d] = (byte)('0' + (value % 10));
            value /= 10;
        }

        _used += digits;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length)
        {
            Flush();
            if (bytes > _buffer.Length)
            {
                _buffer = new byte[bytes];
            }
        }
    }

    private static string Escape(string text) => SpreadsheetCsv.Field(text);
}
