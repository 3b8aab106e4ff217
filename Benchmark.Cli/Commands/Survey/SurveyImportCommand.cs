using Benchmark.Cli.Infrastructure;
using Benchmark.Store;
using Benchmark.Survey;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>
/// <c>benchmark survey import FILE</c>: validates a respondent file against the stored yearly data, aggregates it and
/// stores answers (own table) and aggregates. A file with errors is rejected as a whole unless --accept-valid-rows.
/// </summary>
internal sealed class SurveyImportCommand(CliEnvironment env) : Command<SurveyFileSettings>
{
    public override int Execute(CommandContext context, SurveyFileSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            if (settings.Input.Length > 0)
            {
                throw new UsageException("--input hoort bij survey validate; survey import toetst aan de jaargegevens in de opslag (eerst benchmark import BESTAND).", "--input is for survey validate; survey import checks against the yearly data in the store (benchmark import FILE first).");
            }

            var catalog = SurveySources.Catalog(settings.Items, env);
            using var store = Open(settings);
            var yearly = ActiveData.Load(store);
            var result = SurveySources.Read(settings, catalog, yearly, env);
            SurveyValidateCommand.Print(env, settings, result.Report);
            if (result.HasErrors && !settings.AcceptValidRows)
            {
                env.Error.WriteLine(settings.Lang.Pick(
                    "benchmark survey import: het bestand heeft fouten en is niet opgeslagen; herstel ze, of sla de geldige antwoorden op met --accept-valid-rows.",
                    "benchmark survey import: the file has errors and was not stored; fix them, or store the valid answers with --accept-valid-rows."));
                return ExitCodes.DataErrors;
            }

            var (saved, cells) = SurveySources.Store(store, env.ForReading(settings.File), settings.File, result, catalog, yearly);
            var culture = settings.Lang.Culture;
            env.Out.WriteLine(string.Format(
                culture,
                settings.Lang.Pick(
                    "Opgeslagen als enquête-import {0}: {1:N0} antwoorden van {2:N0} respondenten, {3:N0} aggregaten ({4:N0} onderdrukt: < {5} respondenten).",
                    "Stored as survey import {0}: {1:N0} answers of {2:N0} respondents, {3:N0} aggregates ({4:N0} suppressed: < {5} respondents)."),
                saved.Id,
                saved.Answers,
                saved.Respondents,
                saved.Cells,
                cells.Count(c => c.IsSuppressed),
                SurveyCell.MinimumRespondents));
            env.Out.WriteLine(settings.Lang.Pick(
                "De enquête-indicatoren worden nu afgeleid uit deze respondentdata. Verwijder de antwoorden na aggregatie met benchmark survey purge --year JAAR.",
                "The survey indicators are now derived from these respondent data. Delete the answers once aggregated with benchmark survey purge --year YEAR."));
            return ExitCodes.Ok;
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark survey import: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
        catch (IOException ex)
        {
            env.Error.WriteLine($"benchmark survey import: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>The store with the yearly data the answers are checked against; without one, says what to import first.</summary>
    private IDatasetStore Open(SurveyFileSettings settings)
    {
        try
        {
            return StoreAccess.Open(settings.Db, env);
        }
        catch (UsageException ex) when (ex.Text.En.StartsWith("There is no store", StringComparison.Ordinal))
        {
            // "Er is nog geen opslag in X" / "There is no store at X yet", then what to do for a survey.
            var nl = ex.Text.Nl[..ex.Text.Nl.IndexOf(": lees", StringComparison.Ordinal)];
            var en = ex.Text.En[..(ex.Text.En.IndexOf(" yet", StringComparison.Ordinal) + 4)];
            throw new UsageException(
                $"{nl}: antwoorden van respondenten worden getoetst aan de jaargegevens in de opslag — lees eerst het jaarbestand in (benchmark import samples/benchmark-2024.csv), of toets het bestand alleen met benchmark survey validate BESTAND --input JAARBESTAND.csv.",
                $"{en}: respondent answers are checked against the yearly data in the store — import the yearly file first (benchmark import samples/benchmark-2024.csv), or check the file alone with benchmark survey validate FILE --input YEARLY.csv.");
        }
    }
}
