using Benchmark.Import;
using Benchmark.Text;

namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// Progress of a long command on standard error, one line rewritten in place ("Bezig: 2/6 benchmark-2020.csv lezen… 45 %"),
/// cleared when done. Silent when standard error is not a terminal (a file, a pipe, CI logs, tests), so machine output
/// and logs stay clean. Safe to call from the threads that do the work.
/// </summary>
internal sealed class StatusLine(TextWriter error, bool enabled) : IDisposable
{
    private readonly Lock _gate = new();
    private int _width;

    /// <summary>Whether anything is shown (standard error is a terminal).</summary>
    public bool Enabled => enabled;

    /// <summary>Shows <paramref name="text"/> in place of the previous status.</summary>
    public void Show(string text)
    {
        if (!enabled)
        {
            return;
        }

        var line = text.Length > 100 ? text[..99] + "…" : text;
        lock (_gate)
        {
            error.Write("\r" + line.PadRight(_width));
            _width = line.Length;
            error.Flush();
        }
    }

    /// <summary>Shows "<paramref name="done"/>/<paramref name="total"/> (percentage)" after <paramref name="what"/>.</summary>
    public void Count(Language lang, string what, int done, int total) =>
        Show($"{Working(lang)} {what} {done}/{total} ({(total == 0 ? 100 : done * 100 / total)} %)");

    /// <summary>
    /// A progress receiver for file reading that shows "Bezig: [prefix] FILE lezen… 45 %", or <see langword="null"/> when
    /// nothing is shown (so the reader does not count for nobody).
    /// </summary>
    public IProgress<ImportProgress>? Files(Language lang, string? prefix = null) =>
        enabled ? new FileProgress(this, lang, prefix is null ? string.Empty : prefix + " ") : null;

    /// <summary>Clears the status line.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (enabled && _width > 0)
            {
                error.Write("\r" + new string(' ', _width) + "\r");
                error.Flush();
                _width = 0;
            }
        }
    }

    private static string Working(Language lang) => lang.Pick("Bezig:", "Working:");

    private sealed class FileProgress(StatusLine line, Language lang, string prefix) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            var file = Path.GetFileName(value.File);
            var amount = value.Percent is { } percent ? $"{percent} %" : $"{value.BytesRead / (1 << 20)} MB";
            line.Show(lang == Language.English
                ? $"Working: {prefix}reading {file}… {amount}"
                : $"Bezig: {prefix}{file} lezen… {amount}");
        }
    }
}
