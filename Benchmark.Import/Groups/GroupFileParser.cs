using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Validation;
using CsvHelper;

namespace Benchmark.Import.Groups;

/// <summary>Parses one groups file, collecting findings; see <see cref="GroupFileReader"/> for the format.</summary>
internal sealed class GroupFileParser(string file, MunicipalityRegistry municipalities)
{
    private const string Layout = "groups";
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, (string Name, Dictionary<MunicipalityCode, int> Lines)> _groups = new(StringComparer.OrdinalIgnoreCase);
    private int _read;
    private int _accepted;

    public static GroupFileResult Unreadable(string file, string reason) =>
        new(NamedGroups.Empty, new FileReport(file, 0, 0, 0, [GroupFindings.Unreadable(file, reason)]));

    public GroupFileResult Parse(byte[] bytes)
    {
        var (text, encoding) = GroupFileText.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GroupFileResult(NamedGroups.Empty, new FileReport(file, 0, 0, 0, [GroupFindings.Empty(file)]));
        }

        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { TrackLineNumbers = true, TrimWhitespace = true });
        var headers = reader.Headers.ToArray();
        var format = new FileFormatInfo(encoding, reader.Separator, '.', Layout);
        var columns = MapColumns(headers);
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToArray();
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            _read++;
            if (columns is { } c)
            {
                ReadRow((int)reader.LineNumber, headers, fields, c);
            }
        }

        var groups = new NamedGroups(_groups.Values.Select(g => new NamedGroup(g.Name, g.Lines.Keys)));
        var findings = _findings.OrderBy(f => f.Line).ToList();
        return new GroupFileResult(groups, new FileReport(file, _read, _accepted, _read - _accepted, findings, format));
    }

    /// <summary>The indexes of the group, code and (optional, −1) name columns, or <see langword="null"/> when unusable.</summary>
    private (int Group, int Code, int Name)? MapColumns(string[] headers)
    {
        var found = new Dictionary<GroupColumn, int>();
        var usable = true;
        for (var i = 0; i < headers.Length; i++)
        {
            var column = GroupColumns.Of(headers[i]);
            if (column == GroupColumn.Unknown)
            {
                _findings.Add(GroupFindings.UnknownColumn(file, headers[i]));
            }
            else if (found.TryGetValue(column, out var first))
            {
                _findings.Add(GroupFindings.DuplicateColumn(file, headers[first], headers[i]));
                usable = false;
            }
            else
            {
                found[column] = i;
            }
        }

        foreach (var required in new[] { GroupColumn.Group, GroupColumn.Code })
        {
            if (!found.ContainsKey(required))
            {
                _findings.Add(GroupFindings.MissingColumn(file, required, headers));
                usable = false;
            }
        }

        return usable ? (found[GroupColumn.Group], found[GroupColumn.Code], found.GetValueOrDefault(GroupColumn.Name, -1)) : null;
    }

    private void ReadRow(int line, string[] headers, string[] fields, (int Group, int Code, int Name) columns)
    {
        if (fields.Length != headers.Length)
        {
            _findings.Add(GroupFindings.FieldCount(file, line, fields.Length, headers.Length));
            return;
        }

        var group = fields[columns.Group];
        var codeText = fields[columns.Code];
        var codeHeader = headers[columns.Code];
        if (!MunicipalityCode.TryParse(codeText, out var code))
        {
            _findings.Add(GroupFindings.MalformedCode(file, line, codeHeader, codeText));
            return;
        }

        if (!municipalities.TryGet(code, out var municipality))
        {
            _findings.Add(GroupFindings.UnknownCode(file, line, codeHeader, codeText, code));
            return;
        }

        if (group.Length == 0)
        {
            _findings.Add(GroupFindings.MissingGroupName(file, line, headers[columns.Group], code));
            return;
        }

        if (columns.Name >= 0 && fields[columns.Name] is { Length: > 0 } name && !municipalities.NameMatches(code, name))
        {
            _findings.Add(GroupFindings.NameMismatch(file, line, headers[columns.Name], name, municipality));
        }

        _accepted++;
        if (!_groups.TryGetValue(group, out var entry))
        {
            entry = (group, []);
            _groups.Add(group, entry);
        }

        if (!entry.Lines.TryAdd(code, line))
        {
            _findings.Add(GroupFindings.Repeated(file, line, codeHeader, codeText, code, entry.Name, entry.Lines[code]));
        }
    }
}
