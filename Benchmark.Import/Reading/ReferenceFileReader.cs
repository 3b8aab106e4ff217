using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Import.Reading;

/// <summary>Reads one municipality reference file into rows and findings; <see cref="RegistryAssembler"/> builds the registry.</summary>
internal sealed class ReferenceFileReader
{
    private readonly ImportOptions _options;
    private readonly FindingSink _sink;
    private readonly List<ReferenceRow> _rows = [];
    private HeaderMap _map = new([]);
    private int _read;
    private int _accepted;
    private int _rejected;

    private ReferenceFileReader(string file, ImportOptions options)
    {
        _options = options;
        _sink = new FindingSink(file);
    }

    public static MunicipalityFileResult Read(Stream stream, string file, ImportOptions options) =>
        new ReferenceFileReader(file, options).Run(stream);

    private MunicipalityFileResult Run(Stream stream)
    {
        using var session = CsvFileSession.Open(stream, _sink, _options.MaxRecordSize);
        if (session is null)
        {
            return Result(MunicipalityRegistry.Empty, null);
        }

        _map = HeaderMapper.Map(session.Header.AllText(), _options.Catalog);
        var evidence = new DecimalEvidence(_options.DecimalConvention, session.Separator);
        var format = () => new FileFormatInfo(session.Encoding.Label, session.Separator, evidence.Separator, LayoutDetector.Label(FileLayout.Municipalities));
        ReportColumns(session.Header.Line);
        if (!_map.Has(ColumnRole.Code) || !_map.Has(ColumnRole.Name))
        {
            RejectAll(session);
            return Result(MunicipalityRegistry.Empty, format());
        }

        while (session.ReadData(out var record))
        {
            _read++;
            if (record.Count != _map.Count)
            {
                _sink.Add(StructureFindings.FieldCount(_sink.File, record.Line, record.Count, _map.Count, session.Separator));
                _rejected++;
            }
            else if (ReadRow(record, evidence) is { } row)
            {
                _accepted++;
                _rows.Add(row);
            }
            else
            {
                _rejected++;
            }
        }

        var lost = session.ReportStop();
        _read += lost;
        _rejected += lost;

        return Result(RegistryAssembler.Build(_rows, evidence, _map, _sink), format());
    }

    private ReferenceRow? ReadRow(CsvRecord record, DecimalEvidence evidence)
    {
        var file = _sink.File;
        var line = record.Line;
        var ok = true;
        var codeColumn = _map.IndexOf(ColumnRole.Code);
        if (!MunicipalityCode.TryParse(record.Text(codeColumn), out var code))
        {
            _sink.Add(ReferenceFindings.MalformedCode(file, line, _map.HeaderOf(codeColumn), record.Text(codeColumn)), codeColumn);
            ok = false;
        }

        var year = Year(record, ColumnRole.Year, _options.FirstYear, _options.LastYear, required: true, ref ok);
        var validFrom = Year(record, ColumnRole.ValidFrom, 1, 9999, required: false, ref ok);
        var validTo = Year(record, ColumnRole.ValidTo, 1, 9999, required: false, ref ok);
        if (!ok)
        {
            return null;
        }

        var nameColumn = _map.IndexOf(ColumnRole.Name);
        var name = NameFindings.Checked(record.Text(nameColumn).Trim(), _sink, line, _map.HeaderOf(nameColumn), nameColumn);
        if (name.Length == 0)
        {
            _sink.Add(ReferenceFileFindings.NoName(file, line, _map.HeaderOf(nameColumn), code), nameColumn);
            name = code.ToString();
        }

        var province = Cell(record, ColumnRole.Province)?.Trim() ?? string.Empty;
        return new ReferenceRow(line, code, name, province, year, validFrom, validTo, Number(record, "inhabitants", evidence), Number(record, "area_km2", evidence));
    }

    private int? Year(CsvRecord record, ColumnRole role, int first, int last, bool required, ref bool ok)
    {
        if (Cell(record, role) is not { } text || (!required && string.IsNullOrWhiteSpace(text)))
        {
            return null;
        }

        if (YearParser.TryParse(text, out var year) && year >= first && year <= last)
        {
            return year;
        }

        var column = _map.IndexOf(role);
        _sink.Add(ValueFindings.InvalidYear(_sink.File, record.Line, _map.HeaderOf(column), text, first, last), column);
        ok = false;
        return null;
    }

    private (string Raw, NumberReading Reading)? Number(CsvRecord record, string figure, DecimalEvidence evidence)
    {
        if (_map.Figures.FirstOrDefault(f => f.Indicator!.Code == figure) is not { } column)
        {
            return null;
        }

        var raw = record.Text(column.Index);
        var reading = NumberParser.Read(raw, allowPercent: false, allowEuro: false);
        evidence.Observe(reading, record.Line, raw);
        return (raw, reading);
    }

    private string? Cell(CsvRecord record, ColumnRole role) => _map.IndexOf(role) is >= 0 and var i ? record.Text(i) : null;

    private void ReportColumns(int line)
    {
        var file = _sink.File;
        foreach (var c in _map.Columns)
        {
            var finding = c.Role switch
            {
                ColumnRole.Unknown => StructureFindings.UnknownColumn(file, line, c.Header),
                ColumnRole.Empty => StructureFindings.EmptyHeader(file, line, c.Index + 1),
                ColumnRole.Duplicate => StructureFindings.DuplicateColumn(file, line, c.Header, _map.HeaderOf(c.DuplicateOf)),
                ColumnRole.Figure when !LayoutDetector.ReferenceFigures.Contains(c.Indicator!.Code) => ReferenceFileFindings.NotReadHere(file, line, c.Header),
                ColumnRole.Indicator or ColumnRole.Value or ColumnRole.Unit or ColumnRole.Source => ReferenceFileFindings.NotReadHere(file, line, c.Header),
                _ => null,
            };
            if (finding is not null)
            {
                _sink.Add(finding, c.Index);
            }
        }
    }

    private void RejectAll(CsvFileSession session)
    {
        while (session.ReadData(out _))
        {
            _read++;
        }

        _read += session.ReportStop();

        _rejected = _read;
        var line = session.Header.Line;
        if (!_map.Has(ColumnRole.Code))
        {
            _sink.Add(StructureFindings.MissingColumn(_sink.File, line, new("gemeentecode", "municipality code"), KeyColumns.Names(ColumnRole.Code), _read));
        }

        if (!_map.Has(ColumnRole.Name))
        {
            _sink.Add(StructureFindings.MissingColumn(_sink.File, line, new("gemeentenaam", "municipality name"), KeyColumns.Names(ColumnRole.Name), _read));
        }
    }

    private MunicipalityFileResult Result(MunicipalityRegistry registry, FileFormatInfo? format) =>
        new(registry, new FileReport(_sink.File, _read, _accepted, _rejected, _sink.Sorted(), format));
}
