using System.Text.Encodings.Web;
using System.Text.Json;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Export;

/// <summary>
/// Writes a validation report as one JSON document:
/// <c>{"files":[{"path","rowsRead","rowsAccepted","rowsRejected","errors","warnings","format","findings":[{"severity","rule","line","column","value","message","hint"}]}],"findings":[…],"summary":{…}}</c>.
/// </summary>
/// <remarks>
/// Field names are stable (the format of <c>benchmark validate --format json</c>, documented in the README); severities
/// are lower case (<c>error</c>, <c>warning</c>, <c>info</c>); line 0 means "not about one line". The CLI and a web
/// server write the same document with this type.
/// </remarks>
public static class ValidationJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="report"/> as one indented JSON document followed by a line break.</summary>
    /// <param name="output">Where the document goes.</param>
    /// <param name="report">The validation report, e.g. <c>DatasetLoader.Load(paths)</c>.</param>
    /// <param name="language">The language of the <c>message</c> and <c>hint</c> texts.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> or <paramref name="report"/> is null.</exception>
    public static void Write(TextWriter output, ValidationReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                WriteFile(json, file, language);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(json, finding, language);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Count);
            json.WriteNumber("rowsRead", report.Files.Sum(f => f.RowsRead));
            json.WriteNumber("rowsAccepted", report.Files.Sum(f => f.RowsAccepted));
            json.WriteNumber("rowsRejected", report.Files.Sum(f => f.RowsRejected));
            json.WriteNumber("valuesAccepted", report.Dataset.Count);
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport file, Language language)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteNumber("rowsRead", file.RowsRead);
        json.WriteNumber("rowsAccepted", file.RowsAccepted);
        json.WriteNumber("rowsRejected", file.RowsRejected);
        json.WriteNumber("errors", file.ErrorCount);
        json.WriteNumber("warnings", file.WarningCount);
        if (file.Format is { } format)
        {
            json.WriteStartObject("format");
            json.WriteString("encoding", format.Encoding);
            json.WriteString("separator", format.Separator.ToString());
            json.WriteString("decimalSeparator", format.DecimalSeparator.ToString());
            json.WriteString("layout", format.Layout);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("format");
        }

        json.WriteStartArray("findings");
        foreach (var finding in file.Findings)
        {
            WriteFinding(json, finding, language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, Language language)
    {
        json.WriteStartObject();
        json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        json.WriteString("rule", finding.Rule);
        json.WriteNumber("line", finding.Line);
        if (finding.Cell is { } cell)
        {
            json.WriteString("cell", cell);
        }

        WriteNullable(json, "column", finding.Column);
        WriteNullable(json, "value", finding.Value);
        json.WriteString("message", finding.Message.Get(language));
        json.WriteString("hint", finding.Hint.Get(language));
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
