using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>
/// <c>benchmark report GMxxxx --year N [--out FILE.pdf]</c>, <c>benchmark report --all --out DIR</c> and
/// <c>benchmark report --group NAME</c>: peer-comparison PDF reports.
/// </summary>
internal sealed class ReportCommand(CliEnvironment env) : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var session = AnalysisSession.Load(settings, env);
            var year = session.ResolveYear(settings.Year);
            var options = ReportSources.Options(session, settings, settings.Anonymize, env);
            if (settings.All)
            {
                return new ReportBatch(env, session, options, year, settings).Run(cancellationToken);
            }

            if (settings.Group is { } group)
            {
                var focus = settings.Municipality is { } m ? session.ResolveMunicipality(m) : (Municipalities.MunicipalityCode?)null;
                var circle = LearningCircleComposer.Compose(session.Engine, group, year, options, focus);
                return Save(settings, settings.Out ?? ReportFileName("benchmark-" + Slug(group), year), stream => PdfReportWriter.Write(circle, stream));
            }

            var code = session.ResolveMunicipality(settings.Municipality!);
            var report = MunicipalityReportComposer.Compose(session.Engine, code, year, options);
            return Save(settings, settings.Out ?? ReportFileName("benchmark-" + code, year), stream => PdfReportWriter.Write(report, stream));
        }
        catch (Exception ex) when (ex is UsageException or ArgumentException or KeyNotFoundException or FormatException)
        {
            env.Error.WriteLine($"benchmark {context.Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>The default file name, e.g. <c>benchmark-GM0193-2024.pdf</c>.</summary>
    internal static string ReportFileName(string stem, int year) =>
        stem + "-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf";

    /// <summary>A file-name-safe form of a group name: letters and digits, other runs become '-'.</summary>
    internal static string Slug(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private int Save(ReportSettings settings, string path, Func<Stream, int> write)
    {
        var full = env.Resolve(path);
        int pages;
        try
        {
            if (Path.GetDirectoryName(full) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            using var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None);
            pages = write(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"benchmark report: --out {path}: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }

        env.Error.WriteLine($"{CliText.Get(settings.Lang, "Geschreven", "Written")}: {path} ({pages} {CliText.Get(settings.Lang, "pagina's", "pages")})");
        return ExitCodes.Ok;
    }
}
