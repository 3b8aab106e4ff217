using Benchmark.Cli.Infrastructure;
using Benchmark.Conversation;
using Benchmark.Data;
using Benchmark.Import.Survey;
using Benchmark.Import;
using Benchmark.Reports.Composition;
using Benchmark.Store.Conversation;
using Benchmark.Store.Survey;
using Benchmark.Survey;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>
/// What reports add besides the yearly figures: survey aggregates, explanations and the learning agenda — from the store,
/// or with <c>--input</c> from <c>--respondents</c> and <c>--explanations</c> files (a report that gets neither says so).
/// </summary>
internal static class ConversationSource
{
    public static ReportConversation Load(AnalysisSettings settings, CliEnvironment env, Dataset yearly)
    {
        if (settings.Input.Length > 0)
        {
            return FromFiles(settings as ReportSettings, env, yearly);
        }

        using var store = StoreAccess.Open(settings.Db, env);
        return new ReportConversation
        {
            SurveyCells = store.SurveyCells(),
            Explanations = store.Explanations(),
            Agenda = store.AgendaItems(),
        };
    }

    private static ReportConversation FromFiles(ReportSettings? settings, CliEnvironment env, Dataset yearly)
    {
        if (settings is null)
        {
            return ReportConversation.Empty;
        }

        if (settings is { Respondents: null, Explanations: null })
        {
            env.Error.WriteLine(settings.Lang.Pick(
                "let op: zonder opslag geen pagina's over belevingsonderzoek en duiding; geef --respondents BESTAND en --explanations BESTAND, of lees ze in de opslag in (benchmark survey import, benchmark explain).",
                "note: without a store no experience-survey or explanation pages; give --respondents FILE and --explanations FILE, or import them into the store (benchmark survey import, benchmark explain)."));
            return ReportConversation.Empty;
        }

        return new ReportConversation
        {
            SurveyCells = settings.Respondents is { } respondents ? Survey(respondents, settings, env, yearly) : [],
            Explanations = settings.Explanations is { } explanations ? Current(explanations, env) : [],
        };
    }

    private static IReadOnlyList<SurveyCell> Survey(string file, ReportSettings settings, CliEnvironment env, Dataset yearly)
    {
        var catalog = SurveyCatalog.Default;
        var read = SurveyFileReader.Read(env.ForReading(file), catalog, BuiltInMunicipalities.Registry, SurveyFileReader.Delivery(yearly), file);
        if (read.Report.Findings.FirstOrDefault(f => f.Rule == Validation.Rules.FileUnreadable) is { } unreadable)
        {
            throw new UsageException($"--respondents {file}: {unreadable.Message.Nl}", $"--respondents {file}: {unreadable.Message.En}");
        }

        if (read.HasErrors)
        {
            env.Error.WriteLine(settings.Lang.Pick(
                $"let op: {read.Report.ErrorCount} fouten in {file}; afgewezen antwoorden tellen niet mee (details: benchmark survey validate).",
                $"note: {read.Report.ErrorCount} errors in {file}; rejected answers are left out (details: benchmark survey validate)."));
        }

        return SurveyAggregator.Aggregate(read.Answers, catalog, SurveyAggregator.HeadcountFrom(yearly));
    }

    /// <summary>The latest revision of each value's explanation in an export file.</summary>
    private static IReadOnlyList<Explanation> Current(string file, CliEnvironment env)
    {
        try
        {
            using var stream = File.OpenRead(env.ForReading(file));
            return [.. ConversationCsv.ReadExplanations(stream)
                .GroupBy(e => (e.Municipality, e.Year, e.Indicator))
                .Select(g => g.MaxBy(e => e.Revision)!)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"--explanations {file}: {UsageException.TextOf(ex, Language.Dutch)}", $"--explanations {file}: {UsageException.TextOf(ex, Language.English)}");
        }
    }
}
