using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Import;
using Benchmark.Import.Survey;
using Benchmark.Store.Survey;
using Benchmark.Survey;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>
/// <c>benchmark survey show GM0193 --survey mto</c>: the municipality's themes, items and departments with n, mean, the
/// survey interval, the peer median and the significance of the difference. Cells under 10 respondents show no result.
/// </summary>
internal sealed class SurveyShowCommand(CliEnvironment env) : AnalysisCommand<SurveyShowSettings>(env)
{
    private static readonly ResultColumn[] Columns =
    [
        new("level", "Niveau", "Level"),
        new("key", "Code", "Code", InText: false),
        new("label", "Thema / item", "Theme / item"),
        new("respondents", "n", "n", CellKind.Integer),
        new("mean", "Gemiddelde", "Mean", CellKind.Number, 2),
        new("sd", "SD", "SD", CellKind.Number, 2, InText: false),
        new("ciLower", "BI onder", "CI lower", CellKind.Number, 2),
        new("ciUpper", "BI boven", "CI upper", CellKind.Number, 2),
        new("peerMedian", "Mediaan groep", "Peer median", CellKind.Number, 2),
        new("peerCount", "Gemeenten", "Municipalities", CellKind.Integer, InText: false),
        new("difference", "Verschil", "Difference", CellKind.Number, 2),
        new("significant", "Significant", "Significant"),
        new("status", "Let op", "Notes"),
    ];

    protected override ResultTable Build(AnalysisSession session, SurveyShowSettings settings)
    {
        var code = session.ResolveMunicipality(settings.Municipality);
        var year = session.ResolveYear(settings.Year);
        var catalog = SurveySources.Catalog(settings.Items, Env);
        var cells = Cells(session, settings, catalog, year);
        if (!cells.Any(c => c.Municipality == code && c.Survey == settings.Kind))
        {
            throw new UsageException($"Geen {settings.Kind.Code()}-respondentgegevens van {code} in {year}: lees ze in met benchmark survey import BESTAND, of geef --respondents BESTAND.", $"No {settings.Kind.Code()} respondent data of {code} in {year}: import them with benchmark survey import FILE, or give --respondents FILE.");
        }

        var peers = session.Engine.Peers(year, settings.PeerSpec, code);
        var rows = SurveyComparison.Compare(cells, code, year, settings.Kind, peers.Members, catalog);
        var lang = settings.Lang;
        var table = rows.Select(r => Row(r, settings.Lang)).ToList();
        foreach (var d in cells.Where(c => c.Municipality == code && c.Survey == settings.Kind && c.Level == SurveyLevel.Department))
        {
            table.Add(Row(d, d.Key, settings.Lang));
        }

        var total = cells.First(c => c.Municipality == code && c.Survey == settings.Kind && c.Level == SurveyLevel.Survey);
        return new ResultTable("survey", Columns, table)
        {
            Facts =
            [
                ("municipality", "Gemeente", "Municipality", $"{session.Engine.Municipality(code).Name} ({code})"),
                ("year", "Jaar", "Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("survey", "Onderzoek", "Survey", settings.Kind.Code()),
                ("respondents", "Respondenten", "Respondents", total.Respondents),
                ("headcount", "Medewerkers", "Headcount", total.Population),
                ("responseRate", "Respons", "Response rate", double.IsNaN(total.ResponseRate) ? null : Math.Round(100 * total.ResponseRate, 1).ToString(lang.Culture) + " %"),
                ("peerGroup", "Vergelijkingsgroep", "Peer group", $"{peers.Name} ({peers.Count})"),
            ],
            Notes =
            [
                ("Hoger is beter (omgekeerd geformuleerde items gespiegeld). Interval: 95 % met eindige-populatiecorrectie tegen het aantal medewerkers. Significant: de mediaan van de groep ligt buiten het interval. Cellen met minder dan 10 respondenten geven geen uitkomst.",
                 "Higher is better (reverse-worded items mirrored). Interval: 95 % with the finite-population correction against the headcount. Significant: the peer median lies outside the interval. Cells with fewer than 10 respondents give no result."),
            ],
        };
    }

    private static object?[] Row(SurveyComparisonRow r, Language lang)
    {
        var row = Row(r.Focus, r.Label.Get(lang), lang);
        row[8] = double.IsNaN(r.PeerMedian) ? double.NaN : r.PeerMedian;
        row[9] = r.PeerCount;
        row[10] = r.Difference?.Difference ?? double.NaN;
        row[11] = r.Difference?.IsSignificant;
        row[12] = r.Focus.IsSuppressed ? row[12] : r.IsCompared ? null : lang.Pick("te weinig gemeenten", "too few municipalities");
        return row;
    }

    private static object?[] Row(SurveyCell c, string label, Language lang)
    {
        var estimate = c.Estimate;
        return
        [
            LevelName(c.Level, lang),
            c.Key,
            label,
            c.Respondents,
            c.Mean,
            c.StandardDeviation,
            estimate?.Lower ?? double.NaN,
            estimate?.Upper ?? double.NaN,
            double.NaN,
            null,
            double.NaN,
            null,
            c.IsSuppressed ? lang.Pick($"onderdrukt (< {SurveyCell.MinimumRespondents})", $"suppressed (< {SurveyCell.MinimumRespondents})") : null,
        ];
    }

    private static string LevelName(SurveyLevel level, Language lang) => level switch
    {
        SurveyLevel.Theme => lang.Pick("thema", "theme"),
        SurveyLevel.Item => "item",
        SurveyLevel.Department => lang.Pick("afdeling", "department"),
        _ => lang.Pick("onderzoek", "survey"),
    };

    private IReadOnlyList<SurveyCell> Cells(AnalysisSession session, SurveyShowSettings settings, SurveyCatalog catalog, int year)
    {
        if (settings.Respondents is { } file)
        {
            var read = SurveyFileReader.Read(Env.ForReading(file), catalog, BuiltInMunicipalities.Registry, SurveyFileReader.Delivery(session.Engine.Data), file);
            if (read.Report.Findings.FirstOrDefault(f => f.Rule == Validation.Rules.FileUnreadable) is { } unreadable)
            {
                throw new UsageException($"{file}: {unreadable.Message.Get(settings.Lang)}");
            }

            if (read.HasErrors)
            {
                Env.Error.WriteLine(settings.Lang.Pick(
                    $"let op: {read.Report.ErrorCount} fouten in {file}; afgewezen antwoorden tellen niet mee (details: benchmark survey validate).",
                    $"note: {read.Report.ErrorCount} errors in {file}; rejected answers are left out (details: benchmark survey validate)."));
            }

            return SurveyAggregator.Aggregate(read.Answers.Where(a => a.Year == year), catalog, SurveyAggregator.HeadcountFrom(session.Engine.Data));
        }

        using var store = StoreAccess.Open(settings.Db, Env);
        return store.SurveyCells(year);
    }
}
