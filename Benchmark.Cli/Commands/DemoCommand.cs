using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Import;
using Benchmark.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

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
            env.Error.WriteLine($"benchmark demo: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        var lang = settings.Lang;
        var culture = lang.Culture;
        var files = Directory.EnumerateFiles(folder, SampleFolder.YearFilePattern).Order(StringComparer.Ordinal).ToList();
        env.Console.Write(new Rule(lang.Pick("[bold]Benchmark — demo: alle voorbeeldjaren in een nieuwe opslag, gevalideerd[/]", "[bold]Benchmark — demo: every sample year into a fresh store, validated[/]")).LeftJustified());
        env.Console.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Markup.Escape(folder));

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(lang.Pick("Bestand", "File")).NoWrap());
        foreach (var header in new[] { lang.Pick("Versie", "Version"), lang.Pick("Rijen", "Rows"), lang.Pick("Geaccepteerd", "Accepted"), lang.Pick("Afgewezen", "Rejected"), lang.Pick("Fouten", "Errors"), lang.Pick("Waarschuwingen", "Warnings") })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        var demoFolder = Path.Combine(env.WorkingDirectory, "benchmark-demo");
        Directory.CreateDirectory(demoFolder);
        var dbPath = Path.Combine(demoFolder, "benchmark.db");
        foreach (var stale in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        using var store = DatasetStore.Open(dbPath, env.Clock);
        var errors = false;
        var findings = new List<Validation.Finding>();
        foreach (var file in files)
        {
            var outcome = StoreImporter.Import(store, file);
            findings.AddRange(outcome.Report?.AllFindings ?? []);
            var f = outcome.Report!.Files[0];
            errors |= outcome.Kind is ImportOutcomeKind.Rejected or ImportOutcomeKind.AlreadyRejected;
            table.AddRow(
                Markup.Escape(Path.GetFileName(file)),
                outcome.Version.Id.ToString(culture),
                f.RowsRead.ToString("N0", culture),
                f.RowsAccepted.ToString("N0", culture),
                f.RowsRejected.ToString("N0", culture),
                $"[{(f.ErrorCount > 0 ? "red" : "green")}]{f.ErrorCount.ToString("N0", culture)}[/]",
                $"[{(f.WarningCount > 0 ? "yellow" : "green")}]{f.WarningCount.ToString("N0", culture)}[/]");
        }

        env.Console.Write(table);
        SurveySample(store, folder, lang, culture);
        var data = Store.Survey.SurveyStore.WithSurveyIndicators(store, ActiveData.Load(store));
        var derived = data.Observations.Count(o => o.Source.File is null);
        env.Console.MarkupLine(Markup.Escape(lang.Format(
            "Opslag {0}: {1:N0} waarden voor {2:N0} gemeenten in {3:N0} jaren, waarvan {4:N0} afgeleide BBV-indicatoren.",
            "Store {0}: {1:N0} values for {2:N0} municipalities in {3:N0} years, {4:N0} of them derived BBV indicators.",
            Path.GetRelativePath(env.WorkingDirectory, dbPath),
            data.Count,
            data.Municipalities.Count,
            data.Years.Count,
            derived)));
        var report = new Validation.ValidationReport([], data, []);
        if (report.Dataset.Count > 0 && Benchmark.Municipalities.MunicipalityCode.TryParse(settings.Municipality, out var code))
        {
            var engine = new BenchmarkEngine(report.Dataset, BuiltInMunicipalities.Registry);
            if (engine.Municipalities.Find(code) is not null)
            {
                var comparison = engine.Compare(engine.LatestYear, code);
                env.Console.WriteLine();
                env.Console.Write(new Rule(Markup.Escape(lang.Format(
                    "{0} in {1}: positie in de vergelijkingsgroep",
                    "{0} in {1}: position in the peer group",
                    comparison.Municipality.Name,
                    comparison.Year))).LeftJustified());
                ResultWriter.WriteText(CompareCommand.Table(comparison, lang), env.Console, lang);
                var pdf = Path.Combine(demoFolder, $"benchmark-{code}-{comparison.Year}.pdf");
                var options = Reports.Composition.ReportOptions.Default with
                {
                    Language = lang,
                    Clock = env.Clock,
                    Sources = [.. store.Versions().Select(v => new Data.DatasetSource($"v{v.Id} {Path.GetFileName(v.FileName)}", v.Sha256[..Data.DatasetSource.FingerprintLength]))],
                    Findings = [.. findings],
                    Conversation = new Reports.Composition.ReportConversation { SurveyCells = Store.Survey.SurveyStore.SurveyCells(store) },
                };
                {
                    var director = Reports.Composition.MunicipalityReportComposer.Compose(engine, code, comparison.Year, options);
                    var pages = OutputFile.Write(pdf, output => Reports.Rendering.PdfReportWriter.Write(director, output));
                    env.Console.MarkupLine(Markup.Escape(lang.Format(
                        "Rapport voor de directeur: {0} ({1} pagina's).",
                        "Report for the director: {0} ({1} pages).",
                        Path.GetRelativePath(env.WorkingDirectory, pdf),
                        pages)));
                }
            }
        }

        env.Console.MarkupLine(lang.Pick(
            "Verder: [green]benchmark datasets --db benchmark-demo/benchmark.db[/], [green]benchmark report GM0363 --db benchmark-demo/benchmark.db[/], [green]benchmark rank --indicator overhead_pct --db benchmark-demo/benchmark.db[/], [green]benchmark validate samples/messy/out-of-range.csv[/] (een probleembestand).",
            "Next: [green]benchmark datasets --db benchmark-demo/benchmark.db[/], [green]benchmark report GM0363 --db benchmark-demo/benchmark.db --lang en[/], [green]benchmark rank --indicator overhead_pct --db benchmark-demo/benchmark.db[/], [green]benchmark validate samples/messy/out-of-range.csv[/] (a problem file)."));
        return errors ? ExitCodes.DataErrors : ExitCodes.Ok;
    }

    /// <summary>
    /// Imports the bundled respondent sample (the experience survey, issue 14) into the demo store, so that the report
    /// shows its experience-survey page; a samples folder without it is no problem.
    /// </summary>
    private void SurveySample(IDatasetStore store, string folder, Language lang, CultureInfo culture)
    {
        var file = Path.Combine(folder, "survey", "respondenten-2024.csv");
        if (!File.Exists(file))
        {
            return;
        }

        var catalog = Benchmark.Survey.SurveyCatalog.Default;
        var yearly = ActiveData.Load(store);
        var read = Import.Survey.SurveyFileReader.Read(file, catalog, BuiltInMunicipalities.Registry, Import.Survey.SurveyFileReader.Delivery(yearly), file);
        var (saved, cells) = Survey.SurveySources.Store(store, file, file, read, catalog, yearly);
        env.Console.MarkupLine(Markup.Escape(string.Format(
            culture,
            lang.Pick(
                "Belevingsonderzoek {0}: {1:N0} antwoorden van {2:N0} respondenten, {3:N0} aggregaten ({4:N0} onderdrukt: < {5} respondenten).",
                "Experience survey {0}: {1:N0} answers of {2:N0} respondents, {3:N0} aggregates ({4:N0} suppressed: < {5} respondents)."),
            Path.GetFileName(file),
            saved.Answers,
            saved.Respondents,
            saved.Cells,
            cells.Count(c => c.IsSuppressed),
            Benchmark.Survey.SurveyCell.MinimumRespondents)));
    }
}
