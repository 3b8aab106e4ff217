using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Benchmark.Cli.Commands;
using Benchmark.Text;
using Spectre.Console;

namespace Benchmark.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as text, CSV or JSON.</summary>
internal static class ResultWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ResultTable table, CommonSettings settings, IAnsiConsole console, TextWriter output, OutputFormat? format = null) =>
        Write(table, format ?? settings.EffectiveFormat, settings.Lang, console, output, settings.CsvDialect);

    public static void Write(ResultTable table, OutputFormat format, Language lang, IAnsiConsole console, TextWriter output, CsvDialect? dialect = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(table, output, dialect ?? CsvDialect.Invariant);
                break;
            case OutputFormat.Json:
                WriteJson(table, output, lang);
                break;
            default:
                WriteText(table, console, lang);
                break;
        }
    }

    /// <summary>One header row of stable keys, then the rows; numbers without arithmetic noise in the dialect's notation.</summary>
    public static void WriteCsv(ResultTable table, TextWriter output, CsvDialect? dialect = null)
    {
        dialect ??= CsvDialect.Invariant;
        var columns = MachineColumns(table);
        dialect.Begin(output);
        output.WriteLine(string.Join(dialect.Separator, columns.Select(c => Store.SpreadsheetCsv.Field(table.Columns[c].Key, dialect.Separator))));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(dialect.Separator, columns.Select(c => Escape(row[c], dialect))));
        }
    }

    public static void WriteJson(ResultTable table, TextWriter output, Language lang)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("command", table.Command);
            foreach (var (key, _, _, value) in table.Facts)
            {
                json.WritePropertyName(key);
                WriteValue(json, value, lang);
            }

            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                foreach (var i in MachineColumns(table))
                {
                    json.WritePropertyName(table.Columns[i].Key);
                    WriteValue(json, row[i], lang);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteText(ResultTable table, IAnsiConsole console, Language lang)
    {
        foreach (var (_, nl, en, value) in table.Facts)
        {
            var text = value is null ? "–" : ResultFormatter.ForPeople(value, new ResultColumn(string.Empty, nl, en, value is double ? CellKind.Number : CellKind.Text), lang);
            console.MarkupLine($"[grey]{Markup.Escape(lang.Pick(nl, en))}:[/] {Markup.Escape(text)}");
        }

        var columns = table.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.InText && c.Column.Key != table.SectionBy).ToList();
        var section = table.SectionBy is null ? -1 : table.Columns.ToList().FindIndex(c => c.Key == table.SectionBy);
        foreach (var group in table.Rows.Select((r, i) => (Row: r, Index: i)).GroupBy(r => section < 0 ? null : ResultFormatter.ForPeople(r.Row[section], table.Columns[section], lang)))
        {
            if (group.Key is not null)
            {
                console.Write(new Rule($"[bold]{Markup.Escape(group.Key)}[/]").LeftJustified());
            }

            var grid = new Table().Border(TableBorder.Rounded);
            foreach (var (column, _) in columns)
            {
                var header = new TableColumn(Markup.Escape(lang.Pick(column.Nl, column.En)));
                grid.AddColumn(column.Kind == CellKind.Text ? (column.NoWrap ? header.NoWrap() : header) : header.RightAligned().NoWrap());
            }

            foreach (var (row, index) in group)
            {
                var style = table.Highlight.Contains(index) ? "bold yellow" : null;
                grid.AddRow(columns.Select(c =>
                {
                    var text = Markup.Escape(ResultFormatter.ForPeople(row[c.Index], c.Column, lang));
                    return (Spectre.Console.Rendering.IRenderable)new Markup(style is null ? text : $"[{style}]{text}[/]");
                }).ToArray());
            }

            console.Write(grid);
        }

        foreach (var (nl, en) in table.Notes)
        {
            console.MarkupLine($"[grey]{Markup.Escape(lang.Pick(nl, en))}[/]");
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, Language lang)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d when !double.IsFinite(d):
                json.WriteNullValue();
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case Text.LocalizedText t:
                // Machine output is the same whatever --lang says: labels in English, as in CSV.
                json.WriteStringValue(t.En);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var s in list)
                {
                    json.WriteStringValue(s);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(ResultFormatter.ForMachines(value));
                break;
        }
    }

    private static List<int> MachineColumns(ResultTable table) =>
        [.. Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].InMachine)];

    /// <summary>A cell as CSV: numbers without arithmetic noise in the dialect's notation, text quoted and protected from formula injection.</summary>
    private static string Escape(object? cell, CsvDialect dialect) => cell switch
    {
        double d when double.IsFinite(d) => dialect.Number(d),
        double or int or long or bool => ResultFormatter.ForMachines(cell),
        _ => Store.SpreadsheetCsv.Field(ResultFormatter.ForMachines(cell), dialect.Separator),
    };
}
