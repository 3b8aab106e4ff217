using Benchmark.Export;
using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Import;
using Benchmark.Text;
using Benchmark.Validation;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark validate FILE...</c>: reads and checks files, prints every finding; exit 0 ok, 1 errors, 2 usage or unreadable.</summary>
internal sealed class ValidateCommand(CliEnvironment env) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        ImportOptions options;
        try
        {
            options = ReferenceLoader.Load(settings, env);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark validate: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        var shown = settings.Files.DistinctBy(env.ForReading).ToDictionary(env.ForReading, f => f, StringComparer.Ordinal);
        ValidationReport report;
        using (var status = env.Status())
        {
            status.Show(settings.Lang.Pick("Bezig: lezen…", "Working: reading…"));
            var imported = CsvImporter.Import(shown.Keys, options with { Progress = status.Files(settings.Lang) });
            status.Show(settings.Lang.Pick("Bezig: controleren…", "Working: checking…"));
            report = DatasetLoader.Validate(imported, options).WithFileNames(shown);
        }

        if (settings.Format == OutputFormat.Json)
        {
            ValidationJsonWriter.Write(env.Out, report, settings.Lang);
        }
        else
        {
            ValidationTextRenderer.Render(env.Console, report, settings.Lang, settings.MaxFindings);
        }

        var unreadable = report.Files.Any(f => f.Findings.Any(x => x.Rule == Rules.FileUnreadable));
        foreach (var file in report.Files.Where(f => f.Findings.Any(x => x.Rule == Rules.FileUnreadable)))
        {
            var finding = file.Findings.First(x => x.Rule == Rules.FileUnreadable);
            env.Error.WriteLine($"benchmark validate: {file.Path}: {finding.Message.Get(settings.Lang)}");
        }

        return unreadable ? ExitCodes.UsageOrUnreadable : report.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
    }
}
