using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>The findings side of <see cref="ValidationState"/>: texts about rows and columns, and locating findings.</summary>
internal sealed partial class ValidationState
{
    /// <summary>A column's indicator as people know it: name and code (cached).</summary>
    public LocalizedText Name(int column) => _names[column] ??= FindingText.Name(Definitions[column], Codes[column]);

    /// <summary>"GM0363 (Amsterdam) 2023": a row as people read it.</summary>
    public string Describe(int row)
    {
        var code = RowMunicipality[row];
        var name = Context.Municipalities.Find(code)?.Name;
        return name is null ? $"{code} {RowYear[row]}" : $"{code} ({name}) {RowYear[row]}";
    }

    /// <summary>"GM0363 (Amsterdam)": a municipality as people read it.</summary>
    public string Describe(MunicipalityCode code) =>
        Context.Municipalities.Find(code)?.Name is { } name ? $"{code} ({name})" : code.ToString();

    /// <summary>Adds a finding located at a raw observation, with its value as written.</summary>
    public void Report(int observation, Severity severity, string rule, LocalizedText message, LocalizedText hint)
    {
        var o = Raw[observation];
        if (!_cap.Admit(severity, rule, o.Source.File))
        {
            return;
        }

        _findings.Add(new Finding(severity, rule, o.Source.File, o.Source.Line, o.Source.Column, FindingText.Value(o.Value), message, hint));
    }

    /// <summary>
    /// Adds a finding about a cell's value: at its observation when read, or — when computed — on the line of the
    /// first formula input read from a file, with the derived indicator's code as column.
    /// </summary>
    public void ReportCell(int row, int column, Severity severity, string rule, LocalizedText message, LocalizedText hint)
    {
        var i = Direct(row, column);
        if (i >= 0 && !double.IsNaN(Raw.Values[i]))
        {
            Report(i, severity, rule, message, hint);
            return;
        }

        ReportComputed(row, column, Computed(row, column), severity, rule, message, hint);
    }

    /// <summary>Adds a finding about a computed value (stored or not), located as <see cref="ReportCell"/> says.</summary>
    public void ReportComputed(int row, int column, double value, Severity severity, string rule, LocalizedText message, LocalizedText hint)
    {
        var source = ComputedSource(row, column);
        if (!_cap.Admit(severity, rule, source.File))
        {
            return;
        }

        _findings.Add(new Finding(severity, rule, source.File, source.Line, source.Column, FindingText.Computed(value), message, hint));
    }

    /// <summary>Adds a finding about the data as a whole.</summary>
    public void Report(Finding finding)
    {
        if (_cap.Admit(finding.Severity, finding.Rule, finding.File))
        {
            _findings.Add(finding);
        }
    }

    /// <summary>
    /// Adds a finding located at a raw observation whose message is only made when it is listed (see
    /// <see cref="FindingCap"/>): for rules that can fire on every row.
    /// </summary>
    public void Report(int observation, Severity severity, string rule, Func<LocalizedText> message, LocalizedText hint)
    {
        var o = Raw[observation];
        if (_cap.Admit(severity, rule, o.Source.File))
        {
            _findings.Add(new Finding(severity, rule, o.Source.File, o.Source.Line, o.Source.Column, FindingText.Value(o.Value), message(), hint));
        }
    }

    /// <summary>The findings: those listed, then one summary per file and rule of those left out.</summary>
    public IReadOnlyList<Finding> Findings => [.. _findings, .. _cap.Summaries()];

    private SourceLocation ComputedSource(int row, int column)
    {
        if (Definitions[column]?.Formula is { } formula)
        {
            foreach (var code in formula.Inputs)
            {
                var c = Column(code);
                var i = c < 0 ? -1 : Direct(row, c);
                if (i >= 0 && Raw[i].Source.File is { } file)
                {
                    return new SourceLocation(file, Raw[i].Source.Line, Codes[column]);
                }
            }
        }

        return new SourceLocation(null, 0, Codes[column]);
    }
}
