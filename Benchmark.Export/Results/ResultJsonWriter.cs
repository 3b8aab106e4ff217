using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// Writes a <see cref="ResultTable"/> as one indented JSON document:
/// <c>{"command": …, &lt;facts&gt;, "rows": [{&lt;machine columns&gt;}]}</c>. The format of
/// <c>benchmark … --format json</c>; a web server writes the same document with it.
/// </summary>
/// <remarks>
/// No value (null, NaN, ±∞) is <c>null</c>; numbers are JSON numbers; localised texts are English and flags their keys,
/// so the document is the same whatever the language of the run.
/// </remarks>
public static class ResultJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/>, followed by a line break.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="table"/> or <paramref name="output"/> is null.</exception>
    public static void Write(ResultTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("command", table.Command);
            foreach (var (key, _, _, value) in table.Facts)
            {
                json.WritePropertyName(key);
                WriteValue(json, value);
            }

            var columns = table.MachineColumns();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                foreach (var i in columns)
                {
                    json.WritePropertyName(table.Columns[i].Key);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
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
            case LocalizedText t:
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
                json.WriteStringValue(ResultCells.ForMachines(value));
                break;
        }
    }
}
