using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark demo</c>: the main job on the bundled samples — validates every sample year and summarises what was accepted.</summary>
internal sealed class DemoCommand(CliEnvironment env) : Command<DemoSettings>
{
    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        string folder;
        try
        {
            folder = SampleFolder.Find(settings.Samples, env);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark demo: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }

        var lang = settings.Lang;
        var culture = Text.LocalizedText.CultureOf(lang.ToLanguage());
        var files = Directory.EnumerateFiles(folder, SampleFolder.YearFilePattern).Order(StringComparer.Ordinal).ToList();
        env.Console.Write(new Rule(CliText.Get(lang, "[bold]Benchmark — demo op de voorbeeldbestanden: validatie van elk jaar[/]", "[bold]Benchmark — demo on the sample files: validation of every year[/]")).LeftJustified());
        env.Console.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Markup.Escape(folder));

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(CliText.Get(lang, "Bestand", "File")).NoWrap());
        foreach (var header in new[] { CliText.Get(lang, "Rijen", "Rows"), CliText.Get(lang, "Geaccepteerd", "Accepted"), CliText.Get(lang, "Afgewezen", "Rejected"), CliText.Get(lang, "Fouten", "Errors"), CliText.Get(lang, "Waarschuwingen", "Warnings") })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        var report = DatasetLoader.Load(files);
        foreach (var f in report.Files)
        {
            table.AddRow(
                Markup.Escape(Path.GetFileName(f.Path)),
                f.RowsRead.ToString("N0", culture),
                f.RowsAccepted.ToString("N0", culture),
                f.RowsRejected.ToString("N0", culture),
                $"[{(f.ErrorCount > 0 ? "red" : "green")}]{f.ErrorCount.ToString("N0", culture)}[/]",
                $"[{(f.WarningCount > 0 ? "yellow" : "green")}]{f.WarningCount.ToString("N0", culture)}[/]");
        }

        env.Console.Write(table);
        var derived = report.Dataset.Observations.Count(o => o.Source.File is null);
        env.Console.MarkupLine(string.Format(
            culture,
            CliText.Get(lang, "{0:N0} waarden geaccepteerd voor {1:N0} gemeenten in {2:N0} jaren, waarvan {3:N0} afgeleide BBV-indicatoren.", "{0:N0} values accepted for {1:N0} municipalities in {2:N0} years, {3:N0} of them derived BBV indicators."),
            report.Dataset.Count,
            report.Dataset.Municipalities.Count,
            report.Dataset.Years.Count,
            derived));
        if (report.Dataset.Count > 0 && Benchmark.Municipalities.MunicipalityCode.TryParse(settings.Municipality, out var code))
        {
            var engine = new BenchmarkEngine(report.Dataset, BuiltInMunicipalities.Registry);
            if (engine.Municipalities.Find(code) is not null)
            {
                var comparison = engine.Compare(code, engine.LatestYear);
                env.Console.WriteLine();
                env.Console.Write(new Rule(Markup.Escape(string.Format(
                    culture,
                    CliText.Get(lang, "{0} in {1}: positie in de vergelijkingsgroep", "{0} in {1}: position in the peer group"),
                    comparison.Municipality.Name,
                    comparison.Year))).LeftJustified());
                ResultWriter.WriteText(CompareCommand.Table(comparison, lang), env.Console, lang);
            }
        }

        env.Console.MarkupLine(CliText.Get(
            lang,
            "Verder: [green]benchmark validate samples/benchmark-2024.csv[/] (bevindingen), [green]benchmark validate samples/messy/out-of-range.csv[/] (een probleembestand), [green]benchmark rank --indicator overhead_pct --input samples/benchmark-2024.csv[/].",
            "Next: [green]benchmark validate samples/benchmark-2024.csv[/] (findings), [green]benchmark validate samples/messy/out-of-range.csv[/] (a problem file), [green]benchmark rank --indicator overhead_pct --input samples/benchmark-2024.csv[/]."));
        return report.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
    }
}
