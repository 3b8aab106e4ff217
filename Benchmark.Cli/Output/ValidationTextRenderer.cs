using System.Globalization;
using Benchmark.Text;
using Benchmark.Validation;
using Spectre.Console;

namespace Benchmark.Cli.Output;

/// <summary>
/// Renders a validation report for people: per file how it was read and its counts, the findings counted per rule with
/// their first examples, then the details (at most <c>--max-findings</c>).
/// </summary>
internal static class ValidationTextRenderer
{
    public static void Render(IAnsiConsole console, ValidationReport report, Language lang, int maxFindings)
    {
        var separators = FindingValueText.Separators(report);
        foreach (var file in report.Files)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(file.Path)}[/]").LeftJustified());
            if (file.Format is { } f)
            {
                var sep = f.Separator == '\t' ? "tab" : f.Separator.ToString();
                console.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Markup.Escape(lang.Pick(
                    $"indeling {f.Layout}, codering {f.Encoding}, scheidingsteken '{sep}', decimaalteken '{f.DecimalSeparator}'",
                    $"layout {f.Layout}, encoding {f.Encoding}, separator '{sep}', decimal separator '{f.DecimalSeparator}'")));
            }

            console.MarkupLine(lang.Format(
                "Rijen gelezen {0:N0} · geaccepteerd {1:N0} · afgewezen {2:N0} · [red]{3}[/] · [yellow]{4}[/]",
                "Rows read {0:N0} · accepted {1:N0} · rejected {2:N0} · [red]{3}[/] · [yellow]{4}[/]",
                file.RowsRead,
                file.RowsAccepted,
                file.RowsRejected,
                lang.Counted(file.ErrorCount, "fout", "fouten", "error", "errors"),
                lang.Counted(file.WarningCount, "waarschuwing", "waarschuwingen", "warning", "warnings")));
            var decimalSeparator = file.Format?.DecimalSeparator ?? '.';
            ValidationRuleSummary.Render(console, file.Findings, lang, decimalSeparator);
            RenderFindings(console, file.Findings, lang, maxFindings, separators);
            console.WriteLine();
        }

        if (report.Findings.Count > 0)
        {
            console.Write(new Rule(lang.Pick("[bold]Alle bestanden samen[/]", "[bold]All files together[/]")).LeftJustified());
            ValidationRuleSummary.Render(console, report.Findings, lang, '.');
            RenderFindings(console, report.Findings, lang, maxFindings, separators);
            console.WriteLine();
        }

        var verdict = report.HasErrors
            ? lang.Pick("[red]Fouten gevonden:[/] afgewezen rijen en waarden tellen niet mee.", "[red]Errors found:[/] rejected rows and values are left out.")
            : lang.Pick("[green]Geen fouten.[/]", "[green]No errors.[/]");
        console.MarkupLine(lang.Format(
            "{0} {1}, {2}, {3} geaccepteerd (incl. afgeleide), {4}, {5}.",
            "{0} {1}, {2}, {3} accepted (derived included), {4}, {5}.",
            verdict,
            lang.Counted(report.Files.Count, "bestand", "bestanden", "file", "files"),
            lang.Counted(report.Files.Sum(f => f.RowsRead), "rij", "rijen", "row", "rows"),
            lang.Counted(report.Dataset.Count, "waarde", "waarden", "value", "values"),
            lang.Counted(report.ErrorCount, "fout", "fouten", "error", "errors"),
            lang.Counted(report.WarningCount, "waarschuwing", "waarschuwingen", "warning", "warnings")));
    }

    private static void RenderFindings(IAnsiConsole console, IReadOnlyList<Finding> findings, Language lang, int maxFindings, IReadOnlyDictionary<string, char> separators)
    {
        var shown = maxFindings == 0 ? findings : findings.Take(maxFindings).ToList();
        if (shown.Count > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}[/]", Markup.Escape(lang.Pick("Details", "Details")));
        }

        foreach (var f in shown)
        {
            var colour = ValidationRuleSummary.Colour(f.Severity);
            var where = ValidationRuleSummary.Example(f, lang, f.File is { } file ? separators.GetValueOrDefault(file, '.') : '.');
            var head = $"[{colour}]{Markup.Escape(lang.Pick(Validation.SeverityText.Of(f.Severity)))}[/] [bold]{Markup.Escape(Shorten(where, 80))}[/]"
                + $" [grey]({Markup.Escape(f.Rule)})[/]";
            console.Write(new Padder(new Markup(head), new Padding(2, 0, 0, 0)));
            console.Write(new Padder(new Markup(Markup.Escape(f.Message.Get(lang))), new Padding(4, 0, 0, 0)));
            var hint = f.Hint.Get(lang);
            if (hint.Length > 0)
            {
                console.Write(new Padder(new Markup($"[grey]→ {Markup.Escape(hint)}[/]"), new Padding(4, 0, 0, 0)));
            }
        }

        if (shown.Count < findings.Count)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [grey]{0}[/]", Markup.Escape(string.Format(
                CultureInfo.InvariantCulture,
                lang.Pick("… en nog {0} (alles: --max-findings 0 of --format json).", "… and {0} more (all: --max-findings 0 or --format json)."),
                lang.Counted(findings.Count - shown.Count, "bevinding", "bevindingen", "finding", "findings"))));
        }
    }

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
