using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Survey;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Survey;

/// <summary><c>benchmark survey purge --year Y</c>: deletes a year's respondent answers; the aggregates stay.</summary>
internal sealed class SurveyPurgeCommand(CliEnvironment env) : Command<SurveyPurgeSettings>
{
    public override int Execute(CommandContext context, SurveyPurgeSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env);
            var year = settings.Year!.Value;
            var deleted = store.PurgeSurveyAnswers(year);
            var kept = store.SurveyCells(year).Count;
            env.Out.WriteLine(string.Format(
                settings.Lang.Culture,
                settings.Lang.Pick("{0:N0} respondentantwoorden van {1} verwijderd; {2:N0} aggregaten bewaard.", "{0:N0} respondent answers of {1} deleted; {2:N0} aggregates kept."),
                deleted,
                year.ToString(CultureInfo.InvariantCulture),
                kept));
            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark survey purge: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }
}
