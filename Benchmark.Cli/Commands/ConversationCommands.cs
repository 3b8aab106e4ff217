using Benchmark.Cli.Commands.Conversation;
using Benchmark.Cli.Commands.Survey;
using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>The commands of the benchmark's second and third steps: the experience survey, explanations and the learning agenda.</summary>
internal static class ConversationCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("survey", survey =>
        {
            survey.SetDescription(HelpLanguage.Of("Experience survey (MTO, KTV) from respondent data: validate, import (answers and aggregates), show against peers, purge answers."));
            survey.AddCommand<SurveyValidateCommand>("validate")
                .WithDescription(HelpLanguage.Of("Check a respondent file by line and column (exit 0 ok, 1 errors, 2 usage/unreadable); never prints respondents or answers."))
                .WithExample("survey", "validate", "samples/survey/respondenten-2024.csv", "--input", "samples/benchmark-2024.csv");
            survey.AddCommand<SurveyImportCommand>("import")
                .WithDescription(HelpLanguage.Of("Store a respondent file's answers (own table) and aggregates; the survey indicators are then derived from them."))
                .WithExample("survey", "import", "samples/survey/respondenten-2024.csv");
            survey.AddCommand<SurveyShowCommand>("show")
                .WithDescription(HelpLanguage.Of("Themes, items and departments of one municipality against its peers (n, mean, interval, significance)."))
                .WithExample("survey", "show", "GM0193", "--survey", "mto", "--peers", "\"group:Leerkring Oost\"", "--groups", "samples/groups.csv");
            survey.AddCommand<SurveyPurgeCommand>("purge")
                .WithDescription(HelpLanguage.Of("Delete a year's respondent answers once aggregated; the aggregates stay."))
                .WithExample("survey", "purge", "--year", "2024");
        });
        config.AddBranch<StoreSettings>("explain", explain =>
        {
            explain.SetDescription(HelpLanguage.Of("Explanations kept with a value (duiding). Add one: explain MUNICIPALITY --indicator CODE --year YEAR --category bewuste-keuze|definitieverschil|incidenteel|datafout|onbekend --text \"…\" [[--author NAME]]; or list, export, import."));
            explain.AddExample("explain", "GM0193", "--indicator", "overhead_pct", "--year", "2024", "--category", "bewuste-keuze", "--text", "ICT centraal georganiseerd");
            explain.AddExample("explain", "list", "GM0193", "--history");
            explain.SetDefaultCommand<ExplainCommand>();
            explain.AddCommand<ExplainListCommand>("list").WithDescription(HelpLanguage.Of("The explanations in the store (current text, or every revision with --history)."));
            explain.AddCommand<ExplainExportCommand>("export").WithDescription(HelpLanguage.Of("Every revision as CSV (gemeentecode;indicator;jaar;revisie;categorie;tekst;auteur;geschreven_op)."));
            explain.AddCommand<ExplainImportCommand>("import").WithDescription(HelpLanguage.Of("Add the revisions of an explanations CSV; those already present are skipped."));
        });
        config.AddBranch("agenda", agenda =>
        {
            agenda.SetDescription(HelpLanguage.Of("The learning agenda: agreed actions and their follow-up in later years."));
            agenda.AddCommand<AgendaAddCommand>("add")
                .WithDescription(HelpLanguage.Of("Record an agreed action with its indicator; the baseline value comes from the store."))
                .WithExample("agenda", "add", "GM0193", "--text", "Zwolle leert van Westland over ICT-kosten per inwoner", "--owner", "Controller", "--due", "2025-06-30", "--indicator", "ict_costs_per_inhabitant", "--baseline-year", "2023");
            agenda.AddCommand<AgendaListCommand>("list").WithDescription(HelpLanguage.Of("The actions with their follow-up: movement since the baseline against the peer median's."));
            agenda.AddCommand<AgendaExportCommand>("export").WithDescription(HelpLanguage.Of("The agenda as CSV for the coordinator."));
        });
    }
}
