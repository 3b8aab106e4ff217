using System.Collections.Concurrent;
using System.Diagnostics;
using Benchmark.Cli.Infrastructure;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using Benchmark.Store.Analysis;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>
/// <c>benchmark report --all --out DIR</c>: one PDF per municipality with data in the year, on every core, with a
/// progress bar and a summary; a failing municipality is reported and does not stop the others.
/// </summary>
internal sealed class ReportBatch(CliEnvironment env, AnalysisSession session, ReportOptions options, int year, ReportSettings settings)
{
    public int Run(CancellationToken cancellationToken)
    {
        var folder = env.Resolve(settings.Out!);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"benchmark report: --out {settings.Out}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        var codes = Municipalities();
        var failures = new ConcurrentBag<(MunicipalityCode Code, string Message)>();
        var written = 0;
        var clock = Stopwatch.StartNew();
        var lang = settings.Lang;
        var done = 0;
        var what = lang.Pick($"rapporten {year}", $"reports {year}");
        using (var status = env.Status())
        {
            status.Count(lang, what, 0, codes.Count);
            Parallel.ForEach(
                codes,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                code =>
                {
                    try
                    {
                        var report = MunicipalityReportComposer.Compose(session.Engine, code, year, options);
                        var path = Path.Combine(folder, ReportCommand.ReportFileName(code.ToString(), year));
                        OutputFile.Write(path, file => PdfReportWriter.Write(report, file));

                        Interlocked.Increment(ref written);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        failures.Add((code, UsageException.TextOf(ex, lang)));
                    }

                    status.Count(lang, what, Interlocked.Increment(ref done), codes.Count);
                });
        }

        var seconds = clock.Elapsed.TotalSeconds.ToString("N1", lang.Culture);
        env.Error.WriteLine(lang.Pick(
            $"{written} rapporten geschreven naar {settings.Out} in {seconds} s; {failures.Count} mislukt.",
            $"{written} reports written to {settings.Out} in {seconds} s; {failures.Count} failed."));
        foreach (var (code, message) in failures.OrderBy(f => f.Code))
        {
            env.Error.WriteLine($"benchmark report: {code}: {message}");
        }

        return failures.IsEmpty ? ExitCodes.Ok : ExitCodes.DataErrors;
    }

    /// <summary>The municipalities that exist in the year and have a value on at least one comparable indicator, by code.</summary>
    private List<MunicipalityCode> Municipalities()
    {
        var engine = session.Engine;
        var indicators = engine.ComparableIndicators.Select(i => i.Code).ToList();
        return [.. engine.Data.Municipalities
            .Where(c => engine.Municipalities.Find(c) is { } m && m.ExistsIn(year))
            .Where(c => indicators.Any(i => double.IsFinite(engine.Data.ValueOrNaN(c, year, i))))
            .Order()];
    }
}
