using Benchmark.Cli.Commands;
using Benchmark.Text;
using Spectre.Console;

namespace Benchmark.Cli.Output;

/// <summary>
/// Prints a <see cref="ResultTable"/> on the terminal: as a Spectre table for people, or as CSV or JSON written by the
/// library's writers (<see cref="ResultCsvWriter"/>, <see cref="ResultJsonWriter"/>), the same bytes a file gets.
/// </summary>
internal static class ResultWriter
{
    public static void Write(ResultTable table, CommonSettings settings, IAnsiConsole console, TextWriter output, OutputFormat? format = null) =>
        Write(table, format ?? settings.EffectiveFormat, settings.Lang, console, output, settings.CsvDialect);

    public static void Write(ResultTable table, OutputFormat format, Language lang, IAnsiConsole console, TextWriter output, CsvDialect? dialect = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                ResultCsvWriter.Write(table, output, dialect ?? CsvDialect.Invariant);
                break;
            case OutputFormat.Json:
                ResultJsonWriter.Write(table, output);
                break;
            default:
                WriteText(table, console, lang);
                break;
        }
    }

    /// <summary>The table for people: facts, then one Spectre table per section, then the notes.</summary>
    public static void WriteText(ResultTable table, IAnsiConsole console, Language language)
    {
        foreach (var (_, nl, en, value) in table.Facts)
        {
            var text = value is null ? "–" : ResultCells.ForPeople(value, new ResultColumn(string.Empty, nl, en, value is double ? CellKind.Number : CellKind.Text), language);
            console.MarkupLine($"[grey]{Markup.Escape(language.Pick(nl, en))}:[/] {Markup.Escape(text)}");
        }

        var columns = table.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.InText && c.Column.Key != table.SectionBy).ToList();
        var section = table.SectionBy is null ? -1 : table.Columns.ToList().FindIndex(c => c.Key == table.SectionBy);
        foreach (var group in table.Rows.Select((r, i) => (Row: r, Index: i)).GroupBy(r => section < 0 ? null : ResultCells.ForPeople(r.Row[section], table.Columns[section], language)))
        {
            if (group.Key is not null)
            {
                console.Write(new Rule($"[bold]{Markup.Escape(group.Key)}[/]").LeftJustified());
            }

            var grid = new Table().Border(TableBorder.Rounded);
            foreach (var (column, _) in columns)
            {
                var header = new TableColumn(Markup.Escape(column.Header(language)));
                grid.AddColumn(column.Kind is CellKind.Text or CellKind.Flag ? (column.NoWrap ? header.NoWrap() : header) : header.RightAligned().NoWrap());
            }

            foreach (var (row, index) in group)
            {
                var style = table.Highlight.Contains(index) ? "bold yellow" : null;
                grid.AddRow(columns.Select(c =>
                {
                    var text = Markup.Escape(ResultCells.ForPeople(row[c.Index], c.Column, language));
                    return (Spectre.Console.Rendering.IRenderable)new Markup(style is null ? text : $"[{style}]{text}[/]");
                }).ToArray());
            }

            console.Write(grid);
        }

        foreach (var (nl, en) in table.Notes)
        {
            console.MarkupLine($"[grey]{Markup.Escape(language.Pick(nl, en))}[/]");
        }
    }
}
