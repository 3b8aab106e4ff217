using System.Diagnostics;
using System.Text;

namespace Benchmark.Tests.Scripts;

/// <summary>Runs a file-based app of samples/scripts with <c>dotnet run</c> as a child process from the repository root.</summary>
internal static class ScriptRunner
{
    /// <summary>
    /// Generous: on a clean clone the first <c>dotnet run</c> of a script restores and builds it and its project
    /// references, which takes up to a minute on a 2-core machine. A hung build still ends the test.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>The folder of the scripts.</summary>
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot(), "samples", "scripts");

    /// <summary>Runs <c>dotnet run samples/scripts/SCRIPT -- ARGS</c> from the repository root and waits for it.</summary>
    public static ScriptRun Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = TestPaths.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        string[] arguments = ["run", "--disable-build-servers", $"samples/scripts/{script}", "--", .. args];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        IsolateFromTheTestRun(info.Environment);
        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ScriptRun(-1, Text(output), Text(error) + $"{Environment.NewLine}(killed after {Timeout.TotalMinutes} minutes)");
        }

        process.WaitForExit(); // drains the asynchronous readers
        return new ScriptRun(process.ExitCode, Text(output), Text(error));
    }

    /// <summary>The dotnet host that runs the tests (so the same SDK), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// The test run inherits MSBuild's variables from <c>dotnet test</c> (SDK paths, node settings of the outer build);
    /// the child build must not, and must leave no build server or node behind that would keep the output pipes open.
    /// </summary>
    private static void IsolateFromTheTestRun(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Text(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}
