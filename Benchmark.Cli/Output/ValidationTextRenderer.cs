using System.Globalization;
using Benchmark.Cli.Commands;
using Benchmark.Validation;
using Spectre.Console;

namespace Benchmark.Cli.Output;

/// <summary>Renders a validation report for people: a summary per file and a table of findings.</summary>
internal static class ValidationTextRenderer
{
    public static void Render(IAnsiConsole console, ValidationReport report, OutputLanguage lang, int maxFindings)
    {
        var language = lang.ToLanguage();
        var culture = Text.LocalizedText.CultureOf(language);
        foreach (var file in report.Files)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(file.Path)}[/]").LeftJustified());
            if (file.Format is { } f)
            {
                var sep = f.Separator == '\t' ? "tab" : f.Separator.ToString();
                console.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Markup.Escape(CliText.Get(
                    lang,
                    $"indeling {f.Layout}, codering {f.Encoding}, scheidingsteken '{sep}', decimaalteken '{f.DecimalSeparator}'",
                    $"layout {f.Layout}, encoding {f.Encoding}, separator '{sep}', decimal separator '{f.DecimalSeparator}'")));
            }

            console.MarkupLine(string.Format(
                culture,
                CliText.Get(lang, "Rijen gelezen {0:N0} · geaccepteerd {1:N0} · afgewezen {2:N0} · fouten [red]{3:N0}[/] · waarschuwingen [yellow]{4:N0}[/]", "Rows read {0:N0} · accepted {1:N0} · rejected {2:N0} · errors [red]{3:N0}[/] · warnings [yellow]{4:N0}[/]"),
                file.RowsRead,
                file.RowsAccepted,
                file.RowsRejected,
                file.ErrorCount,
                file.WarningCount));
            RenderFindings(console, file.Findings, lang, maxFindings);
            console.WriteLine();
        }

        if (report.Findings.Count > 0)
        {
            console.Write(new Rule(CliText.Get(lang, "[bold]Alle bestanden samen[/]", "[bold]All files together[/]")).LeftJustified());
            RenderFindings(console, report.Findings, lang, maxFindings);
            console.WriteLine();
        }

        var verdict = report.HasErrors
            ? CliText.Get(lang, "[red]Fouten gevonden:[/] afgewezen rijen en waarden tellen niet mee.", "[red]Errors found:[/] rejected rows and values are left out.")
            : CliText.Get(lang, "[green]Geen fouten.[/]", "[green]No errors.[/]");
        console.MarkupLine(string.Format(
            culture,
            CliText.Get(lang, "{0} {1:N0} bestand(en), {2:N0} rijen, {3:N0} waarden geaccepteerd (incl. afgeleide), {4:N0} fouten, {5:N0} waarschuwingen.", "{0} {1:N0} file(s), {2:N0} rows, {3:N0} values accepted (derived included), {4:N0} errors, {5:N0} warnings."),
            verdict,
            report.Files.Count,
            report.Files.Sum(f => f.RowsRead),
            report.Dataset.Count,
            report.ErrorCount,
            report.WarningCount));
    }

    private static void RenderFindings(IAnsiConsole console, IReadOnlyList<Finding> findings, OutputLanguage lang, int maxFindings)
    {
        var language = lang.ToLanguage();
        var shown = maxFindings == 0 ? findings : findings.Take(maxFindings).ToList();
        foreach (var f in shown)
        {
            var colour = f.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            var where = f.Line > 0 ? string.Format(CultureInfo.InvariantCulture, CliText.Get(lang, "regel {0}", "line {0}"), f.Line) : CliText.Get(lang, "bestand", "file");
            var head = $"[{colour}]{Markup.Escape(CliText.Severity(lang, f.Severity))}[/] [bold]{Markup.Escape(where)}[/]"
                + (f.Column is { Length: > 0 } c ? $" [bold]{Markup.Escape(c)}[/]" : string.Empty)
                + (f.Value is { Length: > 0 } v ? $" = [bold]{Markup.Escape(Shorten(v, 40))}[/]" : string.Empty)
                + $" [grey]({Markup.Escape(f.Rule)})[/]";
            console.Write(new Padder(new Markup(head), new Padding(2, 0, 0, 0)));
            console.Write(new Padder(new Markup(Markup.Escape(f.Message.Get(language))), new Padding(4, 0, 0, 0)));
            var hint = f.Hint.Get(language);
            if (hint.Length > 0)
            {
                console.Write(new Padder(new Markup($"[grey]→ {Markup.Escape(hint)}[/]"), new Padding(4, 0, 0, 0)));
            }
        }

        if (shown.Count < findings.Count)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [grey]{0}[/]", Markup.Escape(string.Format(
                CultureInfo.InvariantCulture,
                CliText.Get(lang, "… en nog {0} bevindingen (alles: --max-findings 0 of --format json).", "… and {0} more findings (all: --max-findings 0 or --format json)."),
                findings.Count - shown.Count)));
        }
    }

    private static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";
}
