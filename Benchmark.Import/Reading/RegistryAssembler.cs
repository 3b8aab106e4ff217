using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;

namespace Benchmark.Import.Reading;

/// <summary>
/// Builds municipalities from the rows of a reference file: several rows of one code give inhabitants per year; name,
/// province and area come from the row of the latest year (the last such row on a tie); validity years from the last
/// row that has them. Without a year column, inhabitants are stored under year 0, which
/// <see cref="Municipality.InhabitantsIn"/> then returns for every year.
/// </summary>
internal static class RegistryAssembler
{
    public static MunicipalityRegistry Build(IReadOnlyList<ReferenceRow> rows, DecimalEvidence evidence, HeaderMap map, FindingSink sink)
    {
        var inhabitantsColumn = map.Figures.FirstOrDefault(f => f.Indicator!.Code == "inhabitants");
        var areaColumn = map.Figures.FirstOrDefault(f => f.Indicator!.Code == "area_km2");
        var municipalities = new List<Municipality>();

        // The rows of each code together, in the order of their first row, each code's rows in file order (what
        // GroupBy gives), without a collection per code: a reference of 20,000 units is read in milliseconds.
        var first = new Dictionary<MunicipalityCode, int>();
        var keys = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (!first.TryGetValue(rows[i].Code, out var firstRow))
            {
                first.Add(rows[i].Code, firstRow = i);
            }

            keys[i] = ((long)firstRow << 32) | (uint)i;
        }

        Array.Sort(keys);
        var order = Array.ConvertAll(keys, k => (int)(uint)k);

        var group = new List<ReferenceRow>();
        for (var start = 0; start < order.Length;)
        {
            group.Clear();
            var code = rows[order[start]].Code;
            var end = start;
            while (end < order.Length && rows[order[end]].Code == code)
            {
                group.Add(rows[order[end++]]);
            }

            municipalities.Add(Assemble(code, group, inhabitantsColumn, areaColumn, evidence, map, sink));
            start = end;
        }

        return new MunicipalityRegistry(municipalities);
    }

    /// <summary>One municipality from its rows (file order).</summary>
    private static Municipality Assemble(
        MunicipalityCode code, List<ReferenceRow> group, HeaderColumn? inhabitantsColumn, HeaderColumn? areaColumn, DecimalEvidence evidence, HeaderMap map, FindingSink sink)
    {
        var inhabitants = Inhabitants(group, inhabitantsColumn, evidence, map, sink);
        var byYear = group.Count == 1 ? group : [.. group.OrderBy(r => r.Year ?? int.MinValue)];
        double? area = null;
        foreach (var r in byYear)
        {
            if (areaColumn is not null && r.Area is { } cell && Area(r, cell, areaColumn, evidence, map, sink) is { } a)
            {
                area = a;
            }
        }

        var latest = byYear[^1];
        return new Municipality(
            code,
            latest.Name,
            latest.Province,
            inhabitants,
            group.FindLast(r => r.ValidFrom is not null)?.ValidFrom,
            group.FindLast(r => r.ValidTo is not null)?.ValidTo,
            area);
    }

    private static Dictionary<int, long> Inhabitants(IEnumerable<ReferenceRow> rows, HeaderColumn? column, DecimalEvidence evidence, HeaderMap map, FindingSink sink)
    {
        var byYear = new Dictionary<int, (long Count, int Line)>();
        var conflicts = new HashSet<int>();
        if (column is null)
        {
            return [];
        }

        foreach (var r in rows)
        {
            if (r.Inhabitants is not { } cell
                || !ValueResolver.TryResolve(cell.Reading, cell.Raw, r.Line, column.Index, column.Indicator!, evidence, map, sink, out var value)
                || double.IsNaN(value))
            {
                continue;
            }

            if (value < 0 || value != Math.Floor(value) || value > long.MaxValue)
            {
                sink.Add(ReferenceFileFindings.NotAWholeCount(sink.File, r.Line, column.Header, cell.Raw), column.Index);
                continue;
            }

            var year = r.Year ?? 0;
            var count = (long)value;
            if (!byYear.TryGetValue(year, out var first))
            {
                byYear[year] = (count, r.Line);
            }
            else if (first.Count == count)
            {
                sink.Add(ReferenceFindings.RepeatedYear(sink.File, r.Line, column.Header, cell.Raw, r.Code, year, first.Line), column.Index);
            }
            else
            {
                sink.Add(ReferenceFindings.ConflictingYear(sink.File, r.Line, column.Header, cell.Raw, r.Code, year, first.Line), column.Index);
                conflicts.Add(year);
            }
        }

        var result = new Dictionary<int, long>(byYear.Count);
        foreach (var (year, (count, _)) in byYear)
        {
            if (!conflicts.Contains(year))
            {
                result.Add(year, count);
            }
        }

        return result;
    }

    private static double? Area(ReferenceRow row, (string Raw, NumberReading Reading) cell, HeaderColumn column, DecimalEvidence evidence, HeaderMap map, FindingSink sink)
    {
        if (!ValueResolver.TryResolve(cell.Reading, cell.Raw, row.Line, column.Index, column.Indicator!, evidence, map, sink, out var value) || double.IsNaN(value))
        {
            return null;
        }

        if (value < 0)
        {
            sink.Add(ReferenceFileFindings.NotAnArea(sink.File, row.Line, column.Header, cell.Raw), column.Index);
            return null;
        }

        return value;
    }
}
