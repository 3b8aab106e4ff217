using System.Diagnostics;
using System.Globalization;
using Benchmark.PeerGroups;

namespace Benchmark.Performance;

/// <summary>
/// The comparison job (read a long CSV, validate, statistics and ranks of every indicator × year over all units) run
/// in-process with a stopwatch, the process's CPU time (both cores: less sensitive to other jobs than wall time), allocated
/// bytes and the peak working set after each phase: the profile that says where
/// the time goes (with <c>PHASES_LIVE=1</c> also the memory still reachable after each phase, after a full collection).
/// <c>dotnet run -c Release --project Benchmark.Performance -- phases FILE [CATALOG] [MUNICIPALITIES]</c>.
/// </summary>
public static class PhaseProfile
{
    /// <summary>Runs the job and prints one line per phase.</summary>
    public static void Run(string file, string? catalog, string? municipalities, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        void Phase(string name)
        {
            var now = clock.Elapsed;
            var bytes = GC.GetTotalAllocatedBytes();
            var live = string.Empty;
            if (Environment.GetEnvironmentVariable("PHASES_LIVE") == "1")
            {
                // Diagnosis only (changes the timing): what is still reachable after the phase.
                live = string.Create(CultureInfo.InvariantCulture, $"  live {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0,6:0} MB");
            }

            using var process = Process.GetCurrentProcess();
            var cpuNow = process.TotalProcessorTime;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-22} {(now - last).TotalMilliseconds,9:0} ms  cpu {(cpuNow - cpu).TotalMilliseconds,7:0} ms  alloc {(bytes - allocated) / 1048576.0,8:0} MB  peak WS {process.PeakWorkingSet64 / 1048576.0,7:0} MB  gen2 {GC.CollectionCount(2)}{live}"));
            last = now;
            allocated = bytes;
            cpu = cpuNow;
        }

        var options = JobInputs.Options(catalog, municipalities);
        Phase("reference");
        var imported = Import.CsvImporter.Import([file], options);
        Phase("import (read+parse)");
        var report = Import.DatasetLoader.Validate(imported, options);
        Phase("validate");
        var engine = new BenchmarkEngine(report.Dataset, options.Municipalities, options.Catalog);
        long ranked = 0;
        var groups = 0;
        foreach (var r in engine.AllRankings(PeerGroupSpec.Parse("all")))
        {
            groups++;
            foreach (var rank in r.Ranks)
            {
                ranked += rank > 0 ? 1 : 0;
            }
        }

        Phase("statistics + ranks");

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {clock.Elapsed.TotalMilliseconds:0} ms; {report.Dataset.Count} values, {groups} groups, {ranked} ranked, {report.ErrorCount} errors"));
    }
}
