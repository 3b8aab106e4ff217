using System.Text;
using Benchmark.Import.Detection;
using Benchmark.Import.Parsing;

namespace Benchmark.Tests.Import;

/// <summary>Test helper: runs the importer's low-level CSV layer (detection + record reader) over bytes.</summary>
internal static class CsvLayer
{
    public static Parsed Parse(byte[] bytes, int maxRecordSize = 1_000_000)
    {
        using var stream = new MemoryStream(bytes);
        var problem = TextOpener.TryOpen(stream, out var opened);
        if (problem is not null)
        {
            return new Parsed(null, '\0', [], new ReadStop(0, problem.Value, null));
        }

        using (opened)
        using (var reader = new CsvRecordReader(opened!.Reader, opened.Separator, maxRecordSize))
        {
            var records = new List<CsvRecord>();
            while (reader.Read())
            {
                records.Add(reader.Current);
            }

            return new Parsed(opened.Encoding.Label, opened.Separator, records, reader.Stop);
        }
    }

    public static Parsed Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    internal sealed record Parsed(string? Encoding, char Separator, List<CsvRecord> Records, ReadStop? Stop);
}
