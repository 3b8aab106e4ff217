using System.Reflection;
using Benchmark.Cli.Commands;
using Benchmark.Cli.Help;
using Benchmark.Cli.Infrastructure;
using Benchmark.Text;
using Spectre.Console.Cli;

namespace Benchmark.Cli;

/// <summary>The <c>benchmark</c> command line: builds the command tree and runs it.</summary>
public static class BenchmarkApp
{
    /// <summary>The tool's version, as <c>benchmark --version</c> prints it.</summary>
    public static string Version { get; } =
        typeof(BenchmarkApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs the command line and returns the exit code (0 ok, 1 data errors, 2 usage or unreadable input).</summary>
    /// <remarks>The process runs one job and exits: its large loads give memory back between stages.</remarks>
    public static int Run(string[] args)
    {
        ProcessMemory.ReleaseAfterLargeStages = true;
        return Run(args, CliEnvironment.System());
    }

    internal static int Run(string[] args, CliEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(env);

        // Everything for people goes through escaping of control characters; machine output (env.Out) stays as it is.
        env = env with { Console = new SafeConsole(env.Console), Error = new SafeTextWriter(env.Error) };
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliEnvironment), env);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("benchmark");
            config.SetApplicationVersion(Version);
            config.Settings.Console = env.Console;
            config.Settings.StrictParsing = true;
            config.SetHelpProvider(new DutchHelpProvider(config.Settings));
            var lang = UsageErrors.LanguageOf(args);
            HelpLanguage.Use(lang);
            config.SetExceptionHandler((ex, _) =>
            {
                var text = ex switch
                {
                    System.Data.Common.DbException => StoreFailed(ex),
                    CommandParseException => UsageErrors.Explain(OneLine(ex)),
                    CommandRuntimeException => UsageErrors.Explain(OneLine(ex), fromParser: false),
                    UsageException or OutputFileException or Store.Analysis.AnalysisException => new LocalizedText(UsageException.TextOf(ex, Language.Dutch), UsageException.TextOf(ex, Language.English)),
                    _ when Text.ExplainedException.TextOf(ex) is { } told => told,
                    _ => Unexpected(ex),
                };
                env.Error.WriteLine($"benchmark: {text.Get(lang)}");
                env.Error.WriteLine(UsageErrors.SeeHelp.Get(lang));
                return ExitCodes.UsageOrUnreadable;
            });
            config.AddCommand<DemoCommand>("demo")
                .WithDescription(HelpLanguage.Of("The main job on the bundled samples: import every year into a fresh store (benchmark-demo/), compare one municipality, write its PDF."))
                .WithExample("demo", "--lang", "en");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription(HelpLanguage.Of("The shared learning environment in the browser: upload, check, compare (--demo: fresh store with the samples and one account per role)."))
                .WithExample("serve", "--demo")
                .WithExample("serve", "--db", "postgres://benchmark@dbhost/benchmark", "--urls", "http://0.0.0.0:5080");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription(HelpLanguage.Of("Check CSV files and report every problem by line and column (exit 0 ok, 1 errors, 2 usage/unreadable)."))
                .WithExample("validate", "samples/benchmark-2024.csv")
                .WithExample("validate", "data/*.csv", "--format", "json", "--lang", "en");
            config.AddCommand<ImportCommand>("import")
                .WithDescription(HelpLanguage.Of("Store files as dataset versions (exit 0 stored, 1 rejected, 2 usage/unreadable)."))
                .WithExample("import", "samples/benchmark-2024.csv")
                .WithExample("import", "data/2024-corrected.csv", "--accept-valid-rows");
            config.AddBranch<StoreSettings>("datasets", datasets =>
            {
                datasets.SetDescription(HelpLanguage.Of("Dataset versions in the store: list, show one (report, quarantine), delete one."));
                datasets.SetDefaultCommand<DatasetsListCommand>();
                datasets.AddCommand<DatasetsShowCommand>("show").WithDescription(HelpLanguage.Of("A version's validation report and quarantine."));
                datasets.AddCommand<DatasetsDeleteCommand>("delete").WithDescription(HelpLanguage.Of("Delete a version (explicit: needs --yes)."));
            });
            config.AddCommand<ExportCommand>("export")
                .WithDescription(HelpLanguage.Of("The active values (optionally as of a version) as a long CSV or JSON that import reads back."))
                .WithExample("export", "--year", "2024", "--out", "export-2024.csv");
            config.AddCommand<CompareCommand>("compare")
                .WithDescription(HelpLanguage.Of("Position of one municipality in its peer group on every indicator."))
                .WithExample("compare", "GM0193", "--year", "2024", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<RankCommand>("rank")
                .WithDescription(HelpLanguage.Of("League table of one indicator in a peer group (or every group of the method)."))
                .WithExample("rank", "--indicator", "overhead_pct", "--year", "2024", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<StatsCommand>("stats")
                .WithDescription(HelpLanguage.Of("Group statistics for every indicator × year × group."))
                .WithExample("stats", "--year", "2024", "--out", "stats.csv", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<PeersCommand>("peers")
                .WithDescription(HelpLanguage.Of("The peer group of a municipality (with structural distances for nearest)."))
                .WithExample("peers", "GM0193", "--peers", "nearest", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<PartnersCommand>("partners")
                .WithDescription(HelpLanguage.Of("Learning partners: structurally close municipalities in the best quartile."))
                .WithExample("partners", "GM0193", "--indicator", "overhead_pct", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<EfficiencyCommand>("efficiency")
                .WithDescription(HelpLanguage.Of("DEA frontier with reference peers (who does more with less?), or --expected: the value structure leads one to expect."))
                .WithExample("efficiency", "--year", "2024", "--input", "samples/benchmark-2024.csv")
                .WithExample("efficiency", "GM0193", "--expected", "overhead_pct", "--peers", "all", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<IndexCommand>("index")
                .WithDescription(HelpLanguage.Of("Composite index with a Monte Carlo rank interval per municipality and a sensitivity table."))
                .WithExample("index", "--year", "2024", "--input", "samples/benchmark-20*.csv")
                .WithExample("index", "GM0193", "--weights", "overhead_pct=2", "--format", "json", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<ReportCommand>("report")
                .WithDescription(HelpLanguage.Of("Peer-comparison PDF report of a municipality (or --all, or a learning circle with --group)."))
                .WithExample("report", "GM0193", "--year", "2024", "--out", "zwolle-2024.pdf", "--input", "samples/benchmark-2024.csv")
                .WithExample("report", "--all", "--year", "2024", "--out", "reports", "--input", "samples/benchmark-2024.csv")
                .WithExample("report", "--group", "\"Leerkring Oost\"", "--groups", "samples/groups.csv", "--input", "samples/benchmark-2024.csv");
            config.AddCommand<ChartCommand>("chart")
                .WithDescription(HelpLanguage.Of("One chart of a report as PNG or SVG (ranked, trend or overview)."))
                .WithExample("chart", "GM0193", "--indicator", "overhead_pct", "--out", "overhead.png", "--input", "samples/benchmark-2024.csv");
            ConversationCommands.Register(config);
            Commands.Users.UsersCommands.Register(config);
            config.AddCommand<GenerateCommand>("generate")
                .WithDescription(HelpLanguage.Of("Deterministic synthetic data at any scale (units × years × indicators), with its reference and catalogue."))
                .WithExample("generate", "--units", "20000", "--years", "10", "--indicators", "50", "--seed", "1", "--out", "big.csv", "--reference-out", "big-municipalities.csv", "--catalog-out", "big-catalog.json");
            config.AddCommand<TemplateCommand>("template")
                .WithDescription(HelpLanguage.Of("The empty delivery workbook (.xlsx) of a year: a row per municipality, a column per figure, definitions as notes, valid ranges as data validation."))
                .WithExample("template", "--year", "2025", "--out", "benchmark-2025.xlsx");
            config.AddCommand<SamplesCommand>("samples")
                .WithDescription(HelpLanguage.Of("Write the seeded synthetic sample files (reproduces samples/ byte for byte)."))
                .WithExample("samples", "--out", "samples");
        });
        return app.Run(ExpandInputs(HelpLanguage.WithoutLanguageWhenHelp(args)));
    }

    /// <summary>
    /// Lets <c>--input a.csv b.csv</c> (what a shell glob gives) mean <c>--input a.csv --input b.csv</c>: the tokens after
    /// <c>--input</c> that are files (exist, or end in .csv) belong to it.
    /// </summary>
    internal static string[] ExpandInputs(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            result.Add(args[i]);
            if (args[i] != "--input")
            {
                continue;
            }

            if (i + 1 < args.Length)
            {
                result.Add(args[++i]);
            }

            while (i + 1 < args.Length && !args[i + 1].StartsWith('-') && LooksLikeFile(args[i + 1]))
            {
                result.Add("--input");
                result.Add(args[++i]);
            }
        }

        return [.. result];

        static bool LooksLikeFile(string token) =>
            token.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || token.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            || token.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || File.Exists(token);
    }

    /// <summary>The store failed while a command used it (damaged file, lost connection): plain words, no type name.</summary>
    private static LocalizedText StoreFailed(Exception ex)
    {
        var system = ex.Message.ReplaceLineEndings(" ").Trim();
        return new(
            $"de opslag kon niet worden gelezen of geschreven (het systeem meldt: {system}). Is het bestand beschadigd, zet dan een reservekopie terug of lees de bestanden opnieuw in in een nieuwe --db.",
            $"the store could not be read or written: {system} If the file is damaged, restore a backup or import the files again into a new --db.");
    }

    /// <summary>An error nobody foresaw: plain words, the system's text and its type (to report it), never a stack trace.</summary>
    private static LocalizedText Unexpected(Exception ex)
    {
        var system = $"{ex.Message.ReplaceLineEndings(" ").Trim()} ({ex.GetType().Name})";
        return new(
            $"er ging iets onverwachts mis (het systeem meldt: {system}). Probeer het opnieuw; blijft het, meld het dan met de opdracht die u gaf.",
            $"something unexpected went wrong: {system}. Try again; if it persists, report it with the command you gave.");
    }

    private static string OneLine(Exception ex) => ex.Message.ReplaceLineEndings(" ").Trim()
        .Replace("to Nullable`1.", "to a whole number.", StringComparison.Ordinal)
        .Replace("to Int32.", "to a whole number.", StringComparison.Ordinal)
        .Replace("to Int64.", "to a whole number.", StringComparison.Ordinal);
}
