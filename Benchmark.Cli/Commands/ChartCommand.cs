using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Composition;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark chart GMxxxx --indicator CODE [--kind ranked|trend|overview] --out FILE.png|.svg</c>: one chart of a report, on its own.</summary>
internal sealed class ChartCommand(CliEnvironment env) : Command<ChartSettings>
{
    public override int Execute(CommandContext context, ChartSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var session = SessionLoader.Load(settings, env);
            var code = session.ResolveMunicipality(settings.Municipality);
            var year = session.ResolveYear(settings.Year);
            var options = ReportSources.Options(session, settings, settings.Anonymize, env);
            using var plot = Plot(session, settings, code, year, options);
            var path = env.Resolve(settings.Out!);
            try
            {
                OutputFile.WriteTo(path, temporary => ChartFiles.Save(plot, temporary, settings.Width, settings.Height));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine($"benchmark chart: --out {settings.Out}: {UsageException.TextOf(ex, settings.Lang)}");
                return ExitCodes.UsageOrUnreadable;
            }

            env.Error.WriteLine($"{settings.Lang.Pick("Geschreven", "Written")}: {settings.Out}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UsageException or AnalysisException or ArgumentException or KeyNotFoundException or FormatException)
        {
            env.Error.WriteLine($"benchmark {context.Name}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    private static ScottPlot.Plot Plot(AnalysisSession session, ChartSettings settings, Municipalities.MunicipalityCode code, int year, ReportOptions options)
    {
        if (settings.Kind == ChartKind.Overview)
        {
            var overview = MunicipalityReportComposer.ComposeOverview(session.Engine, code, year, options);
            return ChartFactory.Create(overview.Chart with { Title = overview.Heading });
        }

        var indicator = IndicatorLookup.Find(session.Engine, settings.Indicator!);
        var section = MunicipalityReportComposer.ComposeIndicator(session.Engine, code, year, indicator.Code, options);
        if (settings.Kind == ChartKind.Trend)
        {
            return section.Trend is { } trend
                ? ChartFactory.Create(trend with { Title = section.Heading + " — " + trend.Title })
                : throw new UsageException("Een trend heeft minstens twee jaren gegevens nodig: geef meer --input-bestanden.", "A trend needs at least two years of data: give more --input files.");
        }

        return section.Ranking is { } ranking
            ? ChartFactory.Create(ranking with { Title = section.Heading + " — " + ranking.Title })
            : throw (section.Notice is { } notice
                ? new UsageException(notice)
                : new UsageException("De vergelijkingsgroep heeft te weinig waarden voor een rangorde; kies een ruimere --peers.", "The peer group has too few values for a ranking; choose a wider --peers."));
    }
}
