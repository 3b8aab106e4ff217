using System.Text;

namespace Benchmark.Cli.Infrastructure;

/// <summary>A writer for messages to people (standard error) that escapes control characters (<see cref="TerminalText"/>).</summary>
internal sealed class SafeTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null for the default.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(TerminalText.IsUnsafe(value) ? TerminalText.Escape(value.ToString()) : value.ToString());

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Escape(value));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Escape(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
