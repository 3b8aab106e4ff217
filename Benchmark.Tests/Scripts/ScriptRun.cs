namespace Benchmark.Tests.Scripts;

/// <summary>What a script printed and returned.</summary>
/// <param name="ExitCode">The exit code; −1 when it was killed after <see cref="ScriptRunner.Timeout"/>.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record ScriptRun(int ExitCode, string Output, string Error)
{
    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Output}--- stderr ---{Environment.NewLine}{Error}";
}
