using System.Data.Common;
using Benchmark.Municipalities;
using Benchmark.Store.Relational;
using Benchmark.Survey;

namespace Benchmark.Store.Survey;

/// <summary>
/// Experience-survey data in a dataset store. Respondent answers live in their own table (<c>survey_answers</c>) and
/// leave it only through <see cref="SurveyAnswers"/>; aggregates (<c>survey_cells</c>) are what analyses read. Storing a
/// respondent file replaces the answers and aggregates of every municipality × year × survey it contains, in one
/// transaction. <see cref="PurgeSurveyAnswers"/> deletes a year's answers and keeps its aggregates.
/// </summary>
public static class SurveyStore
{
    /// <summary>Stores validated answers with their aggregates.</summary>
    /// <param name="store">The store.</param>
    /// <param name="fileName">The respondent file's name as given.</param>
    /// <param name="sha256">The SHA-256 of the file's bytes (hex).</param>
    /// <param name="answers">The accepted answers.</param>
    /// <param name="cells">Their aggregates (<see cref="SurveyAggregator.Aggregate"/>).</param>
    /// <param name="importedBy">Who stored them.</param>
    public static SurveyImportSummary SaveSurvey(this IDatasetStore store, string fileName, string sha256, IReadOnlyList<SurveyAnswer> answers, IReadOnlyList<SurveyCell> cells, string importedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(cells);
        var relational = Relational(store);
        var respondents = answers.Select(a => (a.Municipality, a.Year, a.Survey, a.Respondent)).Distinct().Count();
        return relational.Write(s =>
        {
            var at = relational.Clock.GetUtcNow();
            var id = s.ScalarLong(
                "INSERT INTO survey_imports (file_name, sha256, imported_at, imported_by, answers, respondents) VALUES (@f, @h, @t, @b, @a, @r) RETURNING id",
                ("f", fileName), ("h", sha256.ToLowerInvariant()), ("t", relational.TimestampValue(at)), ("b", importedBy), ("a", answers.Count), ("r", respondents))!.Value;
            foreach (var (municipality, year, survey) in cells.Select(c => (c.Municipality, c.Year, c.Survey)).Concat(answers.Select(a => (a.Municipality, a.Year, a.Survey))).Distinct())
            {
                var key = new (string, object?)[] { ("y", year), ("m", municipality.Number), ("s", survey.Code()) };
                s.Execute("DELETE FROM survey_answers WHERE year = @y AND municipality = @m AND survey = @s", key);
                s.Execute("DELETE FROM survey_cells WHERE year = @y AND municipality = @m AND survey = @s", key);
            }

            WriteAnswers(s, id, answers);
            WriteCells(s, id, cells);
            return new SurveyImportSummary(id, fileName, sha256.ToLowerInvariant(), at, answers.Count, respondents, cells.Count);
        });
    }

    /// <summary>The stored aggregates, of one year or all.</summary>
    public static IReadOnlyList<SurveyCell> SurveyCells(this IDatasetStore store, int? year = null) =>
        Relational(store).Read(s =>
        {
            const string Columns = "SELECT municipality, year, survey, level, cell_key, respondents, mean, sd, population FROM survey_cells";
            const string Order = " ORDER BY municipality, year, survey, level, cell_key";
            using var command = year is { } y ? s.Command(Columns + " WHERE year = @y" + Order, ("y", y)) : s.Command(Columns + Order);
            using var reader = command.ExecuteReader();
            var cells = new List<SurveyCell>();
            while (reader.Read())
            {
                cells.Add(new SurveyCell(
                    new MunicipalityCode(reader.GetInt32(0)),
                    reader.GetInt32(1),
                    Kind(reader.GetString(2)),
                    Enum.Parse<SurveyLevel>(reader.GetString(3)),
                    reader.GetString(4),
                    reader.GetInt32(5),
                    Real(reader, 6),
                    Real(reader, 7),
                    reader.IsDBNull(8) ? null : reader.GetInt32(8)));
            }

            return (IReadOnlyList<SurveyCell>)cells;
        });

    /// <summary>
    /// <paramref name="data"/> with the survey indicators derived from the stored aggregates (<see cref="SurveyIndicators.Derive"/>),
    /// their source naming the survey import; unchanged when the store holds no survey data.
    /// </summary>
    public static Data.Dataset WithSurveyIndicators(this IDatasetStore store, Data.Dataset data, Catalog.IndicatorCatalog? catalog = null, SurveyCatalog? survey = null)
    {
        var cells = store.SurveyCells();
        if (cells.Count == 0)
        {
            return data;
        }

        var files = Relational(store).Read(s =>
        {
            using var command = s.Command("SELECT DISTINCT i.file_name FROM survey_imports i JOIN survey_cells c ON c.import_id = i.id ORDER BY i.file_name");
            using var reader = command.ExecuteReader();
            var names = new List<string>();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }

            return names;
        });
        return SurveyIndicators.Derive(data, cells, survey ?? SurveyCatalog.Default, catalog ?? Catalog.IndicatorCatalog.Default, string.Join(", ", files));
    }

    /// <summary>How many respondent answers are stored for <paramref name="year"/> (all years when null).</summary>
    public static int SurveyAnswerCount(this IDatasetStore store, int? year = null) =>
        (int)(Relational(store).Read(s => year is { } y
            ? s.ScalarLong("SELECT COUNT(*) FROM survey_answers WHERE year = @y", ("y", y))
            : s.ScalarLong("SELECT COUNT(*) FROM survey_answers")) ?? 0);

    /// <summary>The stored answers of a year (personal data: for re-aggregation, never for output).</summary>
    public static IReadOnlyList<SurveyAnswer> SurveyAnswers(this IDatasetStore store, int year) =>
        Relational(store).Read(s =>
        {
            using var command = s.Command("SELECT respondent, municipality, year, survey, version, department, item, answer FROM survey_answers WHERE year = @y", ("y", year));
            using var reader = command.ExecuteReader();
            var answers = new List<SurveyAnswer>();
            while (reader.Read())
            {
                answers.Add(new SurveyAnswer(
                    reader.GetString(0), new MunicipalityCode(reader.GetInt32(1)), reader.GetInt32(2), Kind(reader.GetString(3)), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), Real(reader, 7), 0));
            }

            return (IReadOnlyList<SurveyAnswer>)answers;
        });

    /// <summary>Deletes every respondent answer of <paramref name="year"/>; the aggregates stay. Returns the number deleted.</summary>
    public static int PurgeSurveyAnswers(this IDatasetStore store, int year) =>
        Relational(store).Write(s => s.Execute("DELETE FROM survey_answers WHERE year = @y", ("y", year)));

    internal static RelationalStore Relational(IDatasetStore store) =>
        store as RelationalStore ?? throw new ArgumentException("Only the SQLite and PostgreSQL stores hold survey data.", nameof(store));

    private static SurveyKind Kind(string code) =>
        SurveyKinds.TryParse(code, out var kind) ? kind : throw new InvalidDataException($"Unknown survey '{code}' in the store.");

    private static double Real(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? double.NaN : reader.GetDouble(ordinal);

    private static void WriteAnswers(StoreSession s, long id, IReadOnlyList<SurveyAnswer> answers)
    {
        using var rows = s.Store.Rows(s.Connection, s.Transaction, SurveyTables.Answers);
        foreach (var a in answers)
        {
            rows.Long(id);
            rows.Int(a.Year);
            rows.Int(a.Municipality.Number);
            rows.Text(a.Survey.Code());
            rows.Text(a.Respondent);
            rows.Text(a.Version);
            rows.Text(a.Department);
            rows.Text(a.Item);
            rows.Real(a.Answer);
            rows.EndRow();
        }

        rows.Complete();
    }

    private static void WriteCells(StoreSession s, long id, IReadOnlyList<SurveyCell> cells)
    {
        using var rows = s.Store.Rows(s.Connection, s.Transaction, SurveyTables.Cells);
        foreach (var c in cells)
        {
            rows.Long(id);
            rows.Int(c.Year);
            rows.Int(c.Municipality.Number);
            rows.Text(c.Survey.Code());
            rows.Text(c.Level.ToString());
            rows.Text(c.Key);
            rows.Int(c.Respondents);
            rows.Real(c.Mean);
            rows.Real(c.StandardDeviation);
            rows.Int(c.Population);
            rows.EndRow();
        }

        rows.Complete();
    }
}
