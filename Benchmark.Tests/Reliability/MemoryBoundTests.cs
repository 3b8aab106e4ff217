using System.Text;
using Benchmark.Cli;

namespace Benchmark.Tests.Reliability;

/// <summary>
/// Issue 16: a pathological file (100,000 identical wide rows: 2.2 million duplicate findings) validates within a fixed
/// memory budget, measured as the peak working set of the real program in a child process. Before the findings were
/// capped per rule it took 7.6 GB (JSON) and 2.1 GB (text); now about 160 MB.
/// </summary>
[Category(TestCategories.Reliability)]
public sealed class MemoryBoundTests
{
    /// <summary>The budget: generous for the runtime and the data (16 MB of text), far below what unbounded findings need.</summary>
    private const long BudgetBytes = 600L << 20;

    private const int Rows = 100_000;

    [Test]
    public void Validate_100kIdenticalWideRows_StaysWithinTheMemoryBudget()
    {
        var file = Path.Combine(Path.GetTempPath(), $"benchmark-identical-{Guid.NewGuid():N}.csv");
        try
        {
            WriteIdenticalRows(file);

            var (exitCode, peak, output) = RunMeasured("validate", file, "--format", "json", "--lang", "en");

            Assert.That(exitCode, Is.EqualTo(ExitCodes.Ok), output.Length > 2000 ? output[..2000] : output);
            Assert.That(peak, Is.GreaterThan(0), "the peak working set was measured");
            Assert.That(peak, Is.LessThan(BudgetBytes), $"peak working set {peak >> 20} MB");
            Assert.That(output, Does.Contain("more findings of rule duplicate.repeat"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The header and first data row of the 2024 sample, the row repeated <see cref="Rows"/> times.</summary>
    private static void WriteIdenticalRows(string path)
    {
        var lines = File.ReadLines(Path.Combine(TestPaths.Samples, "benchmark-2024.csv"), Encoding.UTF8).Take(2).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine(lines[0]);
        for (var i = 0; i < Rows; i++)
        {
            writer.WriteLine(lines[1]);
        }
    }

    /// <summary>
    /// Runs the program and samples its peak working set (Linux: VmHWM, a high-water mark) until it exits; the last
    /// sample is within a few milliseconds of the end.
    /// </summary>
    private static (int ExitCode, long Peak, string Output) RunMeasured(params string[] args)
    {
        using var process = CliProcess.Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!process.WaitForExit(10))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the wait and the sample
            }

            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("benchmark validate did not finish in 5 minutes.");
            }
        }

        process.WaitForExit();
        return (process.ExitCode, peak, output.Result + error.Result);
    }
}
