using System.Runtime.CompilerServices;

namespace Benchmark.Tests.Cli;

/// <summary>
/// Snapshot check for text output: compares with <c>Snapshots/NAME.txt</c> next to the test source. On a difference it
/// writes <c>NAME.received.txt</c> beside it and fails; accept a change by renaming it (or run with UPDATE_SNAPSHOTS=1).
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var expectedPath = Path.Combine(folder, name + ".txt");
        var normalized = string.Join('\n', actual.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, normalized);
        }

        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected != normalized)
        {
            File.WriteAllText(receivedPath, normalized);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.That(normalized, Is.EqualTo(expected), $"Snapshot {name} differs; see {receivedPath}.");
    }
}
