using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Import.Reading;

/// <summary>Reads one data file (wide, long or municipalities layout) into a dataset builder and a file report.</summary>
internal sealed class DataFileReader
{
    private const int MaxCachedNames = 4096;

    private readonly ImportOptions _options;
    private readonly FindingSink _sink;

    // The indicator names of a long file repeat on every row: each distinct name is looked up (normalised) once.
    private readonly Dictionary<string, Indicator?> _indicatorByName = new(StringComparer.Ordinal);

    private HeldValues? _held;
    private string[]? _headers;
    private string? _lastName;
    private Indicator? _lastIndicator;
    private int _indicatorColumn;
    private int _valueColumn;
    private int _read;
    private int _accepted;
    private int _rejected;

    private DataFileReader(string file, ImportOptions options)
    {
        _options = options;
        _sink = new FindingSink(file);
    }

    /// <summary>Reads <paramref name="stream"/>; the values of accepted rows go to <paramref name="builder"/> in file order.</summary>
    public static FileReport Read(Stream stream, string file, ImportOptions options, DatasetBuilder builder) =>
        new DataFileReader(file, options).Run(stream, builder);

    private FileReport Run(Stream stream, DatasetBuilder builder)
    {
        using var session = CsvFileSession.Open(stream, _sink, _options.MaxRecordSize);
        if (session is null)
        {
            return Report(null);
        }

        var map = HeaderMapper.Map(session.Header.AllText(), _options.Catalog);
        var layout = LayoutDetector.Detect(map);
        var evidence = new DecimalEvidence(_options.DecimalConvention, session.Separator);
        var format = () => new FileFormatInfo(session.Encoding.Label, session.Separator, evidence.Separator, LayoutDetector.Label(layout));
        DataHeaderCheck.ReportColumns(map, layout, session.Header.Line, _sink, _options);
        var missing = DataHeaderCheck.MissingColumns(map, layout);
        if (missing.Count > 0)
        {
            RejectAll(session);
            foreach (var m in missing)
            {
                _sink.Add(StructureFindings.MissingColumn(_sink.File, session.Header.Line, m.What, m.Names, _read, m.Hint));
            }

            return Report(format());
        }

        var keys = new RowKeyReader(map, _options, _sink);
        _held = new HeldValues(builder, _sink.File);
        _headers = [.. Enumerable.Range(0, map.Count).Select(map.HeaderOf)];
        _indicatorColumn = map.IndexOf(ColumnRole.Indicator);
        _valueColumn = map.IndexOf(ColumnRole.Value);
        session.ReuseRecords();
        session.ReadPlainNumbers(layout == FileLayout.Long ? [_valueColumn] : map.Figures.Select(f => f.Index));
        while (session.ReadData(out var record))
        {
            _read++;
            if (record.Count != map.Count)
            {
                _sink.Add(StructureFindings.FieldCount(_sink.File, record.Line, record.Count, map.Count, session.Separator));
                _rejected++;
            }
            else if (!keys.TryRead(record, out var code, out var year))
            {
                _rejected++;
            }
            else
            {
                _accepted++;
                var row = new Row(code, year, record);
                if (layout == FileLayout.Long)
                {
                    ReadLong(row, map, evidence);
                }
                else
                {
                    ReadWide(row, map, evidence);
                }
            }
        }

        CountLostRecord(session);
        if (_read == 0 && !session.Stopped)
        {
            // A header and nothing else is no data; U+2028 or NEL between "lines" make the whole file one header.
            var header = string.Concat(session.Header.AllText());
            var separator = header.Contains('\u2028', StringComparison.Ordinal) ? "U+2028 (LINE SEPARATOR)" : header.Contains('\u0085', StringComparison.Ordinal) ? "U+0085 (NEL)" : null;
            _sink.Add(StructureFindings.Unreadable(_sink.File, session.Header.Line, UnreadableKind.NoRows, separator, _options.MaxRecordSize));
        }

        _held.Resolve(evidence, map, _sink);
        return Report(format());
    }

    private void ReadWide(Row row, HeaderMap map, DecimalEvidence evidence)
    {
        foreach (var figure in map.Figures)
        {
            Hold(row, figure.Indicator!, figure.Index, evidence);
        }
    }

    private void ReadLong(Row row, HeaderMap map, DecimalEvidence evidence)
    {
        var indicatorColumn = _indicatorColumn;
        var name = row.Record.Text(indicatorColumn);
        Indicator? found;
        if (ReferenceEquals(name, _lastName))
        {
            // The reader pools repeated strings: the same instance is the same name.
            found = _lastIndicator;
        }
        else if (!_indicatorByName.TryGetValue(name, out found))
        {
            found = _options.Catalog.FindByHeader(name);
            if (_indicatorByName.Count < MaxCachedNames)
            {
                _indicatorByName.Add(name, found);
            }
        }

        _lastName = name;
        _lastIndicator = found;

        if (found is not { } indicator)
        {
            _sink.Add(ReferenceFindings.UnknownIndicator(_sink.File, row.Record.Line, map.HeaderOf(indicatorColumn), name), indicatorColumn);
            return;
        }

        Hold(row, indicator, _valueColumn, evidence);
    }

    private void Hold(Row row, Indicator indicator, int column, DecimalEvidence evidence)
    {
        if (row.Record.IsPlain(column, out var plain))
        {
            // What UnitSigns.Read gives for the text, without making the text.
            _held!.Add(row.Code, row.Year, indicator, row.Record.Line, column, _headers![column], plain, evidence);
            return;
        }

        var raw = row.Record.Text(column);
        var reading = UnitSigns.Read(raw, indicator);
        evidence.Observe(reading, row.Record.Line, raw);
        _held!.Add(row.Code, row.Year, indicator, row.Record.Line, column, _headers![column], raw, reading);
    }

    private void RejectAll(CsvFileSession session)
    {
        while (session.ReadData(out _))
        {
            _read++;
            _rejected++;
        }

        CountLostRecord(session);
    }

    private void CountLostRecord(CsvFileSession session)
    {
        var lost = session.ReportStop();
        _read += lost;
        _rejected += lost;
    }

    private FileReport Report(FileFormatInfo? format) => new(_sink.File, _read, _accepted, _rejected, _sink.Sorted(), format);

    private readonly record struct Row(MunicipalityCode Code, int Year, CsvRecord Record);
}
