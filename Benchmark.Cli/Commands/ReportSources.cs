using Benchmark.Cli.Infrastructure;
using Benchmark.Reports.Composition;

namespace Benchmark.Cli.Commands;

/// <summary>The report options of the CLI: datasets fingerprinted from the input files, findings, language, clock.</summary>
internal static class ReportSources
{
    /// <summary>
    /// The clock: <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, the reproducible-builds convention) when set, so the same
    /// inputs give the same PDF bytes; otherwise the system clock.
    /// </summary>
    public static TimeProvider Clock()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? new FixedClock(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : TimeProvider.System;
    }

    public static ReportOptions Options(AnalysisSession session, AnalysisSettings settings, bool anonymize, CliEnvironment env) => ReportOptions.Default with
    {
        Language = settings.Lang.ToLanguage(),
        Anonymize = anonymize,
        Peers = settings.PeerSpec,
        Clock = Clock(),
        Sources = [.. settings.Input.Distinct().Select(path => Fingerprint(path, env))],
        Findings = [.. session.Report.AllFindings],
    };

    private static DatasetSource Fingerprint(string path, CliEnvironment env)
    {
        try
        {
            return DatasetSource.FromFile(env.Resolve(path)) with { Name = Path.GetFileName(path) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--input {path}: {ex.Message}");
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
