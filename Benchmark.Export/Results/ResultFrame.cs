using Benchmark.Text;
using Microsoft.Data.Analysis;

namespace Benchmark.Export.Results;

/// <summary>
/// A <see cref="ResultTable"/> as a <see cref="DataFrame"/>: its machine columns and its frame-only columns, in order,
/// each typed by its <see cref="CellKind"/>: real numbers (<see cref="CellKind.Number"/>, <see cref="CellKind.Percent"/>,
/// <see cref="CellKind.Euro"/>) double, <see cref="CellKind.Integer"/> Int32, <see cref="CellKind.Flag"/> Boolean, and
/// <see cref="CellKind.Text"/> string — or Int32 when its cells are whole numbers (a year) or ranks (<see cref="RankText.Rank"/>).
/// </summary>
internal static class ResultFrame
{
    public static DataFrame Of(ResultTable table, Language language)
    {
        var columns = new List<DataFrameColumn>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (column.InMachine || column.FrameOnly)
            {
                var index = i;
                columns.Add(Column(column, table.Rows.Select(r => r[index]).ToList(), language));
            }
        }

        return new DataFrame(columns);
    }

    private static DataFrameColumn Column(ResultColumn column, List<object?> cells, Language language) => column.Kind switch
    {
        CellKind.Number or CellKind.Percent or CellKind.Euro => new DoubleDataFrameColumn(column.Key, cells.Select(Number)),
        CellKind.Integer => new Int32DataFrameColumn(column.Key, cells.Select(Integer)),
        CellKind.Flag => new BooleanDataFrameColumn(column.Key, cells.Select(c => (bool?)c)),
        _ when cells.Count > 0 && cells.All(c => c is null or int or RankText) => new Int32DataFrameColumn(column.Key, cells.Select(Integer)),
        _ => new StringDataFrameColumn(column.Key, cells.Select(c => Text(c, language))),
    };

    private static double? Number(object? cell) => cell switch
    {
        double d => FrameBuilder<object>.ToNullable(d),
        int i => i,
        long l => l,
        _ => null,
    };

    private static int? Integer(object? cell) => cell switch
    {
        int i => i,
        RankText r => r.Rank,
        long l => checked((int)l),
        double d when double.IsFinite(d) => checked((int)d),
        _ => null,
    };

    /// <summary>Text in <paramref name="language"/> (localised texts; flags as their keys, as in the files); null stays null.</summary>
    private static string? Text(object? cell, Language language) => cell switch
    {
        null => null,
        LocalizedText t => t.Get(language),
        _ => ResultCells.ForMachines(cell),
    };
}
