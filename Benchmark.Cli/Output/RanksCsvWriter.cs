using System.Globalization;
using System.Text;
using Benchmark.Cli.Commands;
using Benchmark.Comparison;

namespace Benchmark.Cli.Output;

/// <summary>
/// Writes every ranked observation as CSV — <c>indicator,year,group,code,rank</c>, one row per member with a rank, in
/// the order of the groups and their members — straight into a byte buffer: millions of rows without a string each.
/// </summary>
/// <remarks>UTF-8 without byte order mark, LF line endings, invariant numbers; the group is its name in the output language.</remarks>
internal sealed class RanksCsvWriter(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _used;

    /// <summary>The number of rows written.</summary>
    public long Rows { get; private set; }

    public void WriteHeader() => Write("indicator,year,group,code,rank\n"u8);

    /// <summary>Writes the ranked members of one group.</summary>
    public void Write(GroupRanking ranking, OutputLanguage lang)
    {
        var statistics = ranking.Statistics;
        var prefix = Encoding.UTF8.GetBytes(
            $"{Escape(statistics.Indicator)},{statistics.Year.ToString(CultureInfo.InvariantCulture)},{Escape(statistics.Group.Name.Get(lang.ToLanguage()))},");
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
            _buffer[_used++] = (byte)'G';
            _buffer[_used++] = (byte)'M';
            members[i].Number.TryFormat(_buffer.AsSpan(_used), out var written, "D4", CultureInfo.InvariantCulture);
            _used += written;
            _buffer[_used++] = (byte)',';
            rank.TryFormat(_buffer.AsSpan(_used), out written, provider: CultureInfo.InvariantCulture);
            _used += written;
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

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
