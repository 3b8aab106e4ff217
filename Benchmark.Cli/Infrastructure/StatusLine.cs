namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// Progress of a long command on standard error, one line rewritten in place ("Bezig: 2/6 benchmark-2020.csv …"),
/// cleared when done. Silent when standard error is not a terminal (a file, a pipe, CI logs, tests), so machine output
/// and logs stay clean.
/// </summary>
internal sealed class StatusLine(TextWriter error, bool enabled) : IDisposable
{
    private int _width;

    /// <summary>Shows <paramref name="text"/> in place of the previous status.</summary>
    public void Show(string text)
    {
        if (!enabled)
        {
            return;
        }

        var line = text.Length > 100 ? text[..99] + "…" : text;
        error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
        error.Flush();
    }

    /// <summary>Clears the status line.</summary>
    public void Dispose()
    {
        if (enabled && _width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
            error.Flush();
            _width = 0;
        }
    }
}
