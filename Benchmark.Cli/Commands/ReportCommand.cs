using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

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
            AnalysisSession session;
            using (var status = env.Status())
            {
                session = SessionLoader.Load(settings, env, status.Files(settings.Lang));
            }

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
        catch (Exception ex) when (ex is UsageException or AnalysisException or ArgumentException or KeyNotFoundException or FormatException)
        {
            env.Error.WriteLine($"benchmark {context.Name}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>The default file name, e.g. <c>benchmark-GM0193-2024.pdf</c>.</summary>
    internal static string ReportFileName(string stem, int year) =>
        stem + "-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf";

    /// <summary>The longest slug in a default file name (file systems allow 255 bytes).</summary>
    private const int MaxSlugLength = 60;

    /// <summary>
    /// A file-name-safe form of a group name: letters (any script, without diacritics, lower case) and digits, other runs
    /// become '-', at most 60 characters. When that loses something (punctuation, diacritics, length) a fingerprint of the
    /// exact name follows, so that "Oost" and "Oost!" do not overwrite each other's file; a name with no letter or digit
    /// gets "group-" and the fingerprint.
    /// </summary>
    internal static string Slug(string name)
    {
        var decomposed = Text.UnicodeText.Repair(name.Trim()).Normalize(System.Text.NormalizationForm.FormD);
        var chars = decomposed
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetterOrDigit(c) && !char.IsSurrogate(c) ? char.ToLowerInvariant(c) : '-')
            .ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > MaxSlugLength)
        {
            slug = slug[..MaxSlugLength].TrimEnd('-');
        }

        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8];
        var faithful = string.Join('-', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "group-" + fingerprint : slug == faithful ? slug : slug + "-" + fingerprint;
    }

    private int Save(ReportSettings settings, string path, Func<Stream, int> write)
    {
        var full = env.Resolve(path);
        int pages;
        try
        {
            pages = OutputFile.Write(full, write);
        }
        catch (OutputFileException ex)
        {
            env.Error.WriteLine($"benchmark report: --out {path}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        env.Error.WriteLine($"{settings.Lang.Pick("Geschreven", "Written")}: {path} ({pages} {settings.Lang.Pick("pagina's", "pages")})");
        return ExitCodes.Ok;
    }
}
