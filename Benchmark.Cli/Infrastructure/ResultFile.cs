using Benchmark.Cli.Commands;

namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// Chooses the writer for <c>--out FILE</c>: an .xlsx workbook for <c>--format xlsx</c>, JSON for <c>--format json</c>,
/// CSV otherwise — all written by Benchmark.Export's writers, the same a web server uses.
/// </summary>
internal static class ResultFile
{
    public static void Write(ResultTable table, CommonSettings settings, string path)
    {
        // Written whole or not at all (OutputFile): a failed run never leaves half a file.
        OutputFile.Write(path, stream =>
        {
            switch (settings.EffectiveFormat)
            {
                case OutputFormat.Xlsx:
                    ResultWorkbookWriter.Write(table, stream, settings.Lang);
                    return 0;
                case OutputFormat.Json:
                    using (var json = Utf8(stream))
                    {
                        ResultJsonWriter.Write(table, json);
                    }

                    return 0;
                default:
                    using (var csv = Utf8(stream))
                    {
                        ResultCsvWriter.Write(table, csv, settings.CsvDialect);
                    }

                    return 0;
            }
        });
    }

    private static StreamWriter Utf8(Stream stream) => new(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
}
