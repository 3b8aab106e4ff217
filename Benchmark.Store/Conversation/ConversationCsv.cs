using System.Globalization;
using System.Text;
using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.Text;
using CsvHelper;

namespace Benchmark.Store.Conversation;

/// <summary>
/// Explanations and the learning agenda as CSV (<c>;</c>, UTF-8 without BOM, invariant numbers, ISO dates), for the
/// coordinator's exports and to move explanations between stores: <see cref="ReadExplanations"/> reads what
/// <see cref="WriteExplanations"/> wrote.
/// </summary>
public static class ConversationCsv
{
    /// <summary>The header of an explanations file.</summary>
    public const string ExplanationHeader = "gemeentecode;indicator;jaar;revisie;categorie;tekst;auteur;geschreven_op";

    /// <summary>The header of an agenda file.</summary>
    public const string AgendaHeader = "id;gemeentecode;kring;actie;eigenaar;streefdatum;indicator;basisjaar;basiswaarde;vastgelegd_op";

    /// <summary>Writes explanations (every revision given), one per row.</summary>
    public static void WriteExplanations(IEnumerable<Explanation> explanations, Stream output)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        Write(output, ExplanationHeader, explanations.Select(e => new[]
        {
            e.Municipality.ToString(), e.Indicator, Invariant(e.Year), Invariant(e.Revision), e.Category.Code(), e.Text, e.Author, Timestamp(e.WrittenAt),
        }));
    }

    /// <summary>Writes the agenda, one action per row.</summary>
    public static void WriteAgenda(IEnumerable<AgendaItem> items, Stream output)
    {
        ArgumentNullException.ThrowIfNull(items);
        Write(output, AgendaHeader, items.Select(a => new[]
        {
            Invariant(a.Id), a.Municipality.ToString(), a.Circle ?? string.Empty, a.Text, a.Owner, a.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.Indicator, Invariant(a.BaselineYear), double.IsNaN(a.BaselineValue) ? string.Empty : a.BaselineValue.ToString("R", CultureInfo.InvariantCulture), Timestamp(a.RecordedAt),
        }));
    }

    /// <summary>Reads an explanations file (revisions in file order).</summary>
    /// <exception cref="InvalidDataException">When a row cannot be read; the message names the line and column.</exception>
    public static IReadOnlyList<Explanation> ReadExplanations(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var textReader = new StreamReader(input, Encoding.UTF8);
        using var reader = CsvReader.FromText(textReader.ReadToEnd(), CsvReaderOptions.Default with { TrackLineNumbers = true });
        var headers = reader.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var expected = ExplanationHeader.Split(';');
        var missing = expected.Where(h => !headers.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            throw ExplainedException.InvalidData(new(
                $"regel 1: {(missing.Count == 1 ? "de kolom" : "de kolommen")} {string.Join(", ", missing)} {(missing.Count == 1 ? "ontbreekt" : "ontbreken")}; een duidingenbestand heeft de kopregel {ExplanationHeader} (zoals benchmark explain export die schrijft).",
                $"line 1: the column(s) {string.Join(", ", missing)} are missing; an explanations file has the header {ExplanationHeader} (as benchmark explain export writes it)."));
        }

        var result = new List<Explanation>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            string Field(string name) => reader.GetString(Array.IndexOf(headers, name)).Trim();
            T Parse<T>(string name, LocalizedText expected, Func<string, (bool Ok, T Value)> parse)
            {
                var (ok, value) = parse(Field(name));
                return ok ? value : throw ExplainedException.InvalidData(LocalizedText.Format(
                    "regel {0}, kolom {1}: '{2}' is niet te lezen; verwacht is {3}.",
                    "line {0}, column {1}: '{2}' cannot be read; expected {4}.",
                    line,
                    name,
                    Field(name),
                    expected.Nl,
                    expected.En));
            }

            var code = Parse("gemeentecode", new("een CBS-code zoals GM0193", "a CBS code such as GM0193"), t => (MunicipalityCode.TryParse(t, out var c), c));
            var year = Parse("jaar", new("een jaartal zoals 2024", "a year such as 2024"), t => (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y), y));
            var categories = string.Join(", ", ExplanationCategories.Codes);
            var category = Parse("categorie", new("een van " + categories, "one of " + categories), t => (ExplanationCategories.TryParse(t, out var c), c));
            var at = Parse("geschreven_op", new("een datum en tijd zoals 2025-03-01T10:00:00Z", "a date and time such as 2025-03-01T10:00:00Z"), t => (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d), d.ToUniversalTime()));
            var revision = Parse("revisie", new("een geheel getal vanaf 1", "a whole number from 1"), t => (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var r), r));
            result.Add(new Explanation(code, Field("indicator"), year, category, Field("tekst"), Field("auteur"), at) { Revision = revision });
        }

        return result;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the header and rows with CsvHelper's writer: <c>;</c>, LF, a field quoted only when it holds <c>;</c>, a quote
    /// or a line break. No formula-injection escaping: these files are read back by <see cref="ReadExplanations"/>, and
    /// an escaped text would come back changed.
    /// </summary>
    private static void Write(Stream output, string header, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { Separator = ';', NewLine = "\n", ValidateFieldCount = false }, leaveOpen: true);
        foreach (var field in header.Split(';'))
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.EndRecord();
        }
    }
}
