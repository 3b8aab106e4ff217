using System.Globalization;
using Benchmark.Municipalities;
using Benchmark.Survey;
using Benchmark.Text;
using Benchmark.Validation;
using CsvHelper;

namespace Benchmark.Import.Survey;

/// <summary>Parses one respondent file, collecting findings; see <see cref="SurveyFileReader"/> for the format.</summary>
internal sealed class SurveyFileParser(string file, SurveyCatalog catalog, MunicipalityRegistry municipalities, IReadOnlySet<(MunicipalityCode, int)>? delivered)
{
    private const string Layout = "respondents";
    private readonly List<Finding> _findings = [];
    private readonly List<SurveyAnswer> _answers = [];
    private readonly Dictionary<(MunicipalityCode, int, SurveyKind, string, string), int> _seen = [];
    private readonly HashSet<string> _unknownVersions = new(StringComparer.Ordinal);
    private int _read;

    public static SurveyReadResult Unreadable(string file, string reason) =>
        new([], new FileReport(file, 0, 0, 0, [SurveyFindings.Unreadable(file, reason)]));

    public SurveyReadResult Parse(byte[] bytes)
    {
        var (text, encoding) = Groups.GroupFileText.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unreadable(file, "leeg / empty");
        }

        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { TrackLineNumbers = true, TrimWhitespace = true });
        var headers = reader.Headers.ToArray();
        var columns = MapColumns(headers);
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToArray();
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            _read++;
            if (columns is not null)
            {
                ReadRow((int)reader.LineNumber, headers, fields, columns);
            }
        }

        if (columns is not null)
        {
            StraightLiningCheck.Run(file, _answers, catalog, headers[columns[SurveyColumn.Answer]], _findings);
        }

        var format = new FileFormatInfo(encoding, reader.Separator, '.', Layout);
        var findings = _findings.OrderBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        var rejected = _read - _answers.Count;
        return new SurveyReadResult(_answers, new FileReport(file, _read, _answers.Count, rejected, findings, format));
    }

    private Dictionary<SurveyColumn, int>? MapColumns(string[] headers)
    {
        var found = new Dictionary<SurveyColumn, int>();
        var usable = true;
        for (var i = 0; i < headers.Length; i++)
        {
            var column = SurveyColumns.Of(headers[i]);
            if (column == SurveyColumn.Unknown)
            {
                _findings.Add(SurveyFindings.UnknownColumn(file, headers[i]));
            }
            else if (!found.TryAdd(column, i))
            {
                _findings.Add(SurveyFindings.DuplicateColumn(file, headers[found[column]], headers[i]));
                usable = false;
            }
        }

        foreach (var missing in SurveyColumns.Required.Where(c => !found.ContainsKey(c)))
        {
            _findings.Add(SurveyFindings.MissingColumn(file, missing));
            usable = false;
        }

        return usable ? found : null;
    }

    private void ReadRow(int line, string[] headers, string[] fields, Dictionary<SurveyColumn, int> columns)
    {
        if (fields.Length != headers.Length)
        {
            _findings.Add(SurveyFindings.FieldCount(file, line, fields.Length, headers.Length));
            return;
        }

        string Field(SurveyColumn c) => fields[columns[c]];
        string Header(SurveyColumn c) => headers[columns[c]];
        var respondent = Field(SurveyColumn.Respondent);
        if (respondent.Length == 0)
        {
            Reject(line, Header(SurveyColumn.Respondent), new("Geen respondentnummer", "No respondent id"));
            return;
        }

        if (!int.TryParse(Field(SurveyColumn.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
        {
            Reject(line, Header(SurveyColumn.Year), new("Geen jaar tussen 1990 en 2100", "Not a year within 1990–2100"));
            return;
        }

        if (!SurveyKinds.TryParse(Field(SurveyColumn.Survey), out var survey))
        {
            Reject(line, Header(SurveyColumn.Survey), new("Onderzoek is geen mto of ktv", "Survey is neither mto nor ktv"));
            return;
        }

        if (Municipality(line, Header(SurveyColumn.Municipality), Field(SurveyColumn.Municipality), year) is not { } code
            || Item(line, Header(SurveyColumn.Item), Field(SurveyColumn.Item), survey) is not { } item)
        {
            return;
        }

        var version = Field(SurveyColumn.Version);
        if (catalog.Versions.Count > 0 && !catalog.Versions.Contains(version, StringComparer.OrdinalIgnoreCase) && _unknownVersions.Add(version))
        {
            _findings.Add(SurveyFindings.UnknownVersion(file, line, Header(SurveyColumn.Version), version));
        }

        if (!TryAnswer(Field(SurveyColumn.Answer), item, out var answer))
        {
            _findings.Add(SurveyFindings.OutOfScale(file, line, Header(SurveyColumn.Answer), item));
            return;
        }

        if (!_seen.TryAdd((code, year, survey, respondent, item.Code), line))
        {
            _findings.Add(SurveyFindings.DuplicateAnswer(file, line, Header(SurveyColumn.Item), item.Code, _seen[(code, year, survey, respondent, item.Code)]));
            return;
        }

        var department = columns.TryGetValue(SurveyColumn.Department, out var d) && fields[d].Length > 0 ? fields[d] : null;
        _answers.Add(new SurveyAnswer(respondent, code, year, survey, version, department, item.Code, answer, line));
    }

    private MunicipalityCode? Municipality(int line, string header, string text, int year)
    {
        LocalizedText? why = !MunicipalityCode.TryParse(text, out var code) ? new("is geen CBS-code (GM + vier cijfers)", "is not a CBS code (GM + four digits)")
            : !municipalities.TryGet(code, out _) ? new("staat niet in de gemeentereferentie", "is not in the municipality reference")
            : delivered is not null && !delivered.Contains((code, year)) ? LocalizedText.Format("staat niet in de jaarlevering van {0}", "is not in the yearly delivery of {0}", year)
            : null;
        if (why is null)
        {
            return code;
        }

        _findings.Add(SurveyFindings.UnknownMunicipality(file, line, header, text, why));
        return null;
    }

    private SurveyItem? Item(int line, string header, string text, SurveyKind survey)
    {
        var item = catalog.Find(text);
        LocalizedText? why = item is null ? new("staat niet in de itemcatalogus", "is not in the item catalogue")
            : item.Survey != survey ? LocalizedText.Format("hoort bij het onderzoek {0}, niet bij {1}", "belongs to the survey {0}, not {1}", item.Survey.Code(), survey.Code())
            : null;
        if (why is null)
        {
            return item;
        }

        _findings.Add(SurveyFindings.UnknownItem(file, line, header, text, why));
        return null;
    }

    private bool TryAnswer(string text, SurveyItem item, out double answer)
    {
        if (catalog.IsMissingAnswer(text))
        {
            answer = double.NaN;
            return true;
        }

        return double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out answer) && item.OnScale(answer);
    }

    private void Reject(int line, string header, LocalizedText what) => _findings.Add(SurveyFindings.InvalidKey(file, line, header, what));
}
