using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Reading;

/// <summary>
/// Checks the header of a data file: reports unknown, empty, duplicate and ignored columns, and lists the required
/// columns that are missing (code and year; indicator and value in long files).
/// </summary>
internal static class DataHeaderCheck
{
    /// <summary>A required column that is missing.</summary>
    internal sealed record Missing(LocalizedText What, string Names, LocalizedText? Hint);

    private static readonly LocalizedText ReferenceHint = new(
        "Is dit een gemeentebestand (code, naam, provincie, inwoners)? Geef het dan op met --municipalities.",
        "Is this a municipality file (code, name, province, inhabitants)? Then give it with --municipalities.");

    private static readonly LocalizedText IgnoredOnRequest = new("gevraagd met --ignore-column.", "asked for with --ignore-column.");

    public static void ReportColumns(HeaderMap map, FileLayout layout, int line, FindingSink sink, ImportOptions options)
    {
        var file = sink.File;
        IReadOnlyList<HeaderNearMiss.Typo> typos = layout == FileLayout.Municipalities ? [] : HeaderNearMiss.Typos(map, options.Catalog, options.IgnoredColumns);
        foreach (var c in map.Columns)
        {
            var typo = typos.FirstOrDefault(t => t.Column == c);
            var finding = c.Role switch
            {
                ColumnRole.Unknown when typo is not null => StructureFindings.ProbableTypo(file, line, c.Header, typo.Indicator, typo.Alias),
                ColumnRole.Unknown when HeaderNearMiss.IsIgnored(c.Header, options.IgnoredColumns) =>
                    StructureFindings.IgnoredColumn(file, line, c.Header, Severity.Info, IgnoredOnRequest),
                ColumnRole.Unknown => StructureFindings.UnknownColumn(file, line, c.Header),
                ColumnRole.Empty => StructureFindings.EmptyHeader(file, line, c.Index + 1),
                ColumnRole.Duplicate => StructureFindings.DuplicateColumn(file, line, c.Header, map.HeaderOf(c.DuplicateOf)),
                ColumnRole.Figure when layout == FileLayout.Long =>
                    StructureFindings.IgnoredColumn(file, line, c.Header, Severity.Warning, IgnoredColumns.FigureInLongFile),
                _ => IgnoredColumns.Reason(c.Role) is { } reason ? StructureFindings.IgnoredColumn(file, line, c.Header, Severity.Info, reason) : null,
            };
            if (finding is not null)
            {
                sink.Add(finding, c.Index);
            }
        }

        if (layout == FileLayout.Wide)
        {
            foreach (var absent in HeaderNearMiss.AbsentBetweenNeighbours(map, options.Catalog).Where(a => typos.All(t => t.Indicator != a)))
            {
                sink.Add(StructureFindings.AbsentColumn(file, line, absent), map.Count);
            }
        }
    }

    public static List<Missing> MissingColumns(HeaderMap map, FileLayout layout)
    {
        var missing = new List<Missing>();
        if (!map.Has(ColumnRole.Code))
        {
            missing.Add(new(new("gemeentecode", "municipality code"), KeyColumns.Names(ColumnRole.Code), null));
        }

        if (!map.Has(ColumnRole.Year))
        {
            missing.Add(new(new("jaar", "year"), KeyColumns.Names(ColumnRole.Year), layout == FileLayout.Municipalities ? ReferenceHint : null));
        }

        if (layout == FileLayout.Long && !map.Has(ColumnRole.Indicator))
        {
            missing.Add(new(new("indicator", "indicator"), KeyColumns.Names(ColumnRole.Indicator), null));
        }

        if (layout == FileLayout.Long && !map.Has(ColumnRole.Value))
        {
            missing.Add(new(new("waarde", "value"), KeyColumns.Names(ColumnRole.Value), null));
        }

        return missing;
    }
}
