using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Import.Reading;

/// <summary>
/// Reads the key of a data row — municipality code and year — and checks the name: a malformed or unknown code or an
/// invalid year rejects the row (an error each); a name that does not match the code is a warning.
/// </summary>
internal sealed class RowKeyReader
{
    private readonly FindingSink _sink;
    private readonly MunicipalityRegistry _registry;
    private readonly int _firstYear;
    private readonly int _lastYearAllowed;
    private readonly int _code;
    private readonly int _year;
    private readonly int _name;
    private readonly HeaderMap _map;

    // The last row's texts and what they came to. Compared by reference: this relies on CsvRecordReader.Text handing
    // out the same string instance for a field equal to the one above it (a measured gain, docs/performance.md).
    private string? _lastCodeText;
    private MunicipalityCode _lastCode;
    private bool _lastCodeOk;
    private Municipality? _lastMunicipality;
    private string? _lastYearText;
    private int _lastYear;
    private bool _lastYearOk;
    private string? _lastNameText;
    private bool _lastNameMatches;

    public RowKeyReader(HeaderMap map, ImportOptions options, FindingSink sink)
    {
        _map = map;
        _sink = sink;
        _registry = options.Municipalities;
        _firstYear = options.FirstYear;
        _lastYearAllowed = options.LastYear;
        _code = map.IndexOf(ColumnRole.Code);
        _year = map.IndexOf(ColumnRole.Year);
        _name = map.IndexOf(ColumnRole.Name);
    }

    /// <summary>Reads the key of <paramref name="record"/>; <see langword="false"/> when the row is rejected.</summary>
    /// <remarks>
    /// Consecutive rows mostly repeat the code, year and name, and the CSV reader hands out one pooled string per
    /// repeated text: a text that is the same instance as the last row's is not parsed or looked up again. The
    /// findings are the same; each row still gets its own.
    /// </remarks>
    public bool TryRead(CsvRecord record, out MunicipalityCode code, out int year)
    {
        var file = _sink.File;
        var ok = true;
        var codeText = record.Text(_code);
        if (!ReferenceEquals(codeText, _lastCodeText))
        {
            _lastCodeOk = MunicipalityCode.TryParse(codeText, out _lastCode);
            _lastMunicipality = _lastCodeOk ? _registry.Find(_lastCode) : null;
            _lastCodeText = codeText;
            _lastNameText = null;
        }

        code = _lastCode;
        var codeOk = _lastCodeOk;
        if (!codeOk)
        {
            _sink.Add(ReferenceFindings.MalformedCode(file, record.Line, _map.HeaderOf(_code), codeText), _code);
            ok = false;
        }

        var yearText = record.Text(_year);
        if (!ReferenceEquals(yearText, _lastYearText))
        {
            _lastYearOk = YearParser.TryParse(yearText, out _lastYear) && _lastYear >= _firstYear && _lastYear <= _lastYearAllowed;
            _lastYearText = yearText;
        }

        year = _lastYear;
        var yearOk = _lastYearOk;
        if (!yearOk)
        {
            _sink.Add(ValueFindings.InvalidYear(file, record.Line, _map.HeaderOf(_year), yearText, _firstYear, _lastYearAllowed), _year);
            ok = false;
        }

        if (codeOk)
        {
            ok &= CheckReference(record, code, year, yearOk, codeText);
        }

        return ok;
    }

    private bool CheckReference(CsvRecord record, MunicipalityCode code, int year, bool yearOk, string codeText)
    {
        var file = _sink.File;
        if (_lastMunicipality is not { } municipality)
        {
            _sink.Add(ReferenceFindings.NotInReference(file, record.Line, _map.HeaderOf(_code), codeText, code), _code);
            return false;
        }

        if (_name >= 0 && !string.IsNullOrWhiteSpace(record.Text(_name)) && !NameMatches(code, record.Text(_name), record.Line))
        {
            _sink.Add(ReferenceFindings.NameMismatch(file, record.Line, _map.HeaderOf(_name), record.Text(_name), municipality), _name);
        }

        if (yearOk && !municipality.ExistsIn(year))
        {
            _sink.Add(ReferenceFindings.NotInYear(file, record.Line, _map.HeaderOf(_code), codeText, municipality, year), _code);
            return false;
        }

        return true;
    }

    private bool NameMatches(MunicipalityCode code, string name, int line)
    {
        if (UnicodeText.FirstDamaged(name) is var invalid and >= 0)
        {
            // Not a mismatch but text that is not Unicode: said as such, at its line and column.
            _sink.Add(NameFindings.InvalidCharacters(_sink.File, line, _map.HeaderOf(_name), name, invalid), _name);
            return true;
        }

        if (!ReferenceEquals(name, _lastNameText))
        {
            _lastNameMatches = _registry.NameMatches(code, name);
            _lastNameText = name;
        }

        return _lastNameMatches;
    }
}
