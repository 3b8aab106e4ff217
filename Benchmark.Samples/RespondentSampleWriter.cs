using System.Globalization;
using System.Text;
using Benchmark.Survey;

namespace Benchmark.Samples;

/// <summary>
/// Writes the synthetic respondent file of the samples (<c>survey/respondenten-YYYY.csv</c>): for each chosen
/// municipality as many MTO and KTV respondents as the yearly file's <c>MTO n</c> and <c>KTV n</c>, answering the
/// standard questionnaire (<see cref="SurveyCatalog.Default"/>), each in a department. Dutch conventions like the wide
/// files: <c>;</c>, UTF-8 with BOM, CRLF.
/// </summary>
internal static class RespondentSampleWriter
{
    /// <summary>The questionnaire version written.</summary>
    public const string Version = "2024.1";

    private const int Stream = 7100;

    /// <summary>Departments with their share of the staff: the smallest falls below 10 respondents in small municipalities.</summary>
    private static readonly (string Name, double Share)[] Departments =
    [
        ("Publiek", 0.27), ("Ruimte", 0.25), ("Sociaal", 0.24), ("Bedrijfsvoering", 0.18), ("Bestuur", 0.06),
    ];

    /// <summary>The path below the samples folder.</summary>
    public static string FileName(int year) => "survey/respondenten-" + year.ToString(CultureInfo.InvariantCulture) + ".csv";

    /// <summary>The file's bytes for the rows of one year.</summary>
    public static byte[] Write(int year, IEnumerable<(MunicipalityProfile Profile, YearFigures Figures)> rows, SampleOptions options)
    {
        var catalog = SurveyCatalog.Default;
        var text = new StringBuilder("respondent;gemeentecode;jaar;onderzoek;vragenlijstversie;afdeling;item;antwoord\r\n");
        foreach (var (profile, figures) in rows.OrderBy(r => r.Profile.Municipality.Code))
        {
            var code = profile.Municipality.Code;
            var m = new SeededRandom(options.Seed, code.Number, year, Stream);
            var themes = catalog.Themes.ToDictionary(t => t.Code, _ => 0.25 * m.Normal(), StringComparer.Ordinal);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (survey, n, mean, sd) in new[]
            {
                (SurveyKind.Mto, figures.EmployeeSatisfactionN, figures.EmployeeSatisfaction, figures.EmployeeSatisfactionSd),
                (SurveyKind.Ktv, figures.InternalSatisfactionN, figures.InternalSatisfaction, figures.InternalSatisfactionSd),
            })
            {
                var items = catalog.Items.Where(i => i.Survey == survey).ToList();
                for (var i = 0; i < (int)n; i++)
                {
                    var r = new SeededRandom(options.Seed, code.Number, year, Stream + 1 + (int)survey + (2 * i));
                    var id = NewId(r, ids);
                    var department = Department(r.Uniform());
                    foreach (var (item, answer) in RespondentModel.Answers(r, items, mean, sd, themes))
                    {
                        text.Append(id).Append(';').Append(code).Append(';').Append(year.ToString(CultureInfo.InvariantCulture)).Append(';')
                            .Append(survey.Code()).Append(';').Append(Version).Append(';').Append(department).Append(';')
                            .Append(item.Code).Append(';').Append(answer).Append("\r\n");
                    }
                }
            }
        }

        return CsvText.Utf8(text.ToString(), byteOrderMark: true);
    }

    private static string NewId(SeededRandom r, HashSet<string> taken)
    {
        while (true)
        {
            var id = "R" + ((int)(r.Uniform() * 0x10000000)).ToString("X7", CultureInfo.InvariantCulture);
            if (taken.Add(id))
            {
                return id;
            }
        }
    }

    private static string Department(double u)
    {
        foreach (var (name, share) in Departments)
        {
            if (u < share)
            {
                return name;
            }

            u -= share;
        }

        return Departments[^1].Name;
    }
}
