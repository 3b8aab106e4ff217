using Spectre.Console;
using Spectre.Console.Rendering;

namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// A console that shows the text of everything written to it through <see cref="TerminalText.Escape"/>: whatever a
/// command prints for people, names and values from files cannot send escape sequences to the terminal. Spectre's own
/// control codes (progress, cursor) pass unchanged.
/// </summary>
internal sealed class SafeConsole(IAnsiConsole inner) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(new SafeRenderable(renderable));

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    private sealed class SafeRenderable(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (var segment in inner.Render(options, maxWidth))
            {
                yield return segment.IsControlCode || segment.IsLineBreak ? segment : Clean(segment);
            }
        }

        private static Segment Clean(Segment segment)
        {
            var text = TerminalText.Escape(segment.Text);
            return ReferenceEquals(text, segment.Text) ? segment : new Segment(text, segment.Style);
        }
    }
}
