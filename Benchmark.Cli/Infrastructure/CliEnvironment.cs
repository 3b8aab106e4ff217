using Spectre.Console;

namespace Benchmark.Cli.Infrastructure;

/// <summary>Where a command writes: a console for people, a plain writer for machine output (JSON, CSV).</summary>
/// <param name="Console">The console for tables, progress and messages to people.</param>
/// <param name="Out">The writer for machine output; never wrapped or styled.</param>
/// <param name="Error">The writer for one-line errors.</param>
/// <param name="WorkingDirectory">The directory relative paths are resolved against.</param>
internal sealed record CliEnvironment(IAnsiConsole Console, TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The clock for "imported at" and "generated on"; the system clock unless a test injects one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Whether progress goes to standard error: only when it is a terminal (false in tests and pipes).</summary>
    public bool ShowsProgress { get; init; }

    /// <summary>A status line for the progress of a long command (silent unless <see cref="ShowsProgress"/>).</summary>
    public StatusLine Status() => new(Error, ShowsProgress);

    /// <summary>The real process environment.</summary>
    public static CliEnvironment System()
    {
        var console = AnsiConsole.Console;
        if (global::System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("COLUMNS") is null)
        {
            // Redirected output (a file, a pipe, CI logs) has no width; 120 columns keep tables readable there.
            console.Profile.Width = 120;
        }

        return new(console, global::System.Console.Out, global::System.Console.Error, Environment.CurrentDirectory)
        {
            Clock = ClockFromEnvironment(),
            ShowsProgress = !global::System.Console.IsErrorRedirected,
        };
    }

    /// <summary>
    /// The clock: <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, the reproducible-builds convention) when set, so the same
    /// inputs give the same PDF bytes and import times; otherwise the system clock.
    /// </summary>
    private static TimeProvider ClockFromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? new FixedClock(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : TimeProvider.System;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Resolves a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// A path to hand to readers: as the user typed it when it resolves the same from the process directory (so findings
    /// name the file as typed), otherwise the full path.
    /// </summary>
    public string ForReading(string path) =>
        Path.IsPathRooted(path) || Path.GetFullPath(path) == Resolve(path) ? path : Resolve(path);
}
