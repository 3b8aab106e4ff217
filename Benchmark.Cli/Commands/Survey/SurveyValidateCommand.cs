using Benchmark.Export;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Data;
using Benchmark.Text;
using Benchmark.Validation;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>
/// <c>benchmark survey validate FILE</c>: checks a respondent file against the item catalogue and the yearly delivery;
/// every finding by line and column, never with a respondent id or an answer. Exit 0 ok, 1 errors, 2 usage/unreadable.
/// </summary>
internal sealed class SurveyValidateCommand(CliEnvironment env) : Command<SurveyFileSettings>
{
    public override int Execute(CommandContext context, SurveyFileSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var catalog = SurveySources.Catalog(settings.Items, env);
            var result = SurveySources.Read(settings, catalog, SurveySources.Yearly(settings, env), env);
            Print(env, settings, result.Report);
            if (settings.Format == OutputFormat.Text)
            {
                var respondents = result.Answers.Select(a => (a.Municipality, a.Year, a.Survey, a.Respondent)).Distinct().Count();
                env.Out.WriteLine(string.Format(
                    settings.Lang.Culture,
                    settings.Lang.Pick("Respondentantwoorden geaccepteerd: {0:N0} van {1:N0} respondenten in {2:N0} gemeente(n).", "Respondent answers accepted: {0:N0} of {1:N0} respondents in {2:N0} municipalities."),
                    result.Answers.Count,
                    respondents,
                    result.Answers.Select(a => a.Municipality).Distinct().Count()));
            }

            return result.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark survey validate: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>Prints a respondent file's report like <c>benchmark validate</c> does (text or JSON).</summary>
    internal static void Print(CliEnvironment env, SurveyFileSettings settings, FileReport report)
    {
        var wrapped = new ValidationReport([report], Dataset.Empty, []);
        if (settings.Format == OutputFormat.Json)
        {
            ValidationJsonWriter.Write(env.Out, wrapped, settings.Lang);
        }
        else
        {
            ValidationTextRenderer.Render(env.Console, wrapped, settings.Lang, settings.MaxFindings);
        }
    }
}
