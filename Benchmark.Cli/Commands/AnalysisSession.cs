using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Import;
using Benchmark.Import.Groups;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Store;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Cli.Commands;

/// <summary>Loads the data of an analysis command and builds the engine; problems become <see cref="UsageException"/>s.</summary>
internal sealed class AnalysisSession
{
    private readonly Lazy<ValidationReport> _report;

    private AnalysisSession(BenchmarkEngine engine, Func<ValidationReport> report)
    {
        Engine = engine;
        _report = new Lazy<ValidationReport>(report);
    }

    public BenchmarkEngine Engine { get; }

    /// <summary>The validation of the data: of the files read, or (computed when first asked) of the stored values.</summary>
    public ValidationReport Report => _report.Value;

    public static AnalysisSession Load(AnalysisSettings settings, CliEnvironment env, IProgress<ImportProgress>? progress = null)
    {
        var options = ReferenceLoader.Load(settings, env) with { Progress = progress };
        if (settings.Input.Length == 0)
        {
            return FromStore(settings, env, options);
        }

        var shown = settings.Input.DistinctBy(env.ForReading).ToDictionary(env.ForReading, f => f, StringComparer.Ordinal);
        var report = DatasetLoader.Load(shown.Keys, options).WithFileNames(shown);
        var unreadable = report.Files.Where(f => f.Findings.Any(x => x.Rule == Rules.FileUnreadable)).ToList();
        if (unreadable.Count > 0)
        {
            var f = unreadable[0];
            var message = f.Findings.First(x => x.Rule == Rules.FileUnreadable).Message;
            throw new UsageException($"{f.Path}: {message.Nl}", $"{f.Path}: {message.En}");
        }

        if (report.Dataset.Count == 0)
        {
            throw new UsageException(
                "De invoerbestanden bevatten geen bruikbare waarden; controleer ze met benchmark validate.",
                "The input files hold no usable values; check them with benchmark validate.");
        }

        if (report.HasErrors)
        {
            env.Error.WriteLine(CliText.Get(
                settings.Lang,
                $"let op: {report.ErrorCount} fouten in de invoer; afgewezen waarden tellen niet mee (details: benchmark validate).",
                $"note: {report.ErrorCount} errors in the input; rejected values are left out (details: benchmark validate)."));
        }

        var benchmarkOptions = BenchmarkOptions.Default with { Groups = LoadGroups(settings, env, options.Municipalities) };
        return new AnalysisSession(new BenchmarkEngine(report.Dataset, options.Municipalities, options.Catalog, benchmarkOptions), () => report)
        {
            // Fingerprinting reads every input file again: only for the commands that show it (report covers).
            LazySources = new Lazy<IReadOnlyList<DatasetSource>>(() => [.. shown.Select(kv => DatasetSource.FromFile(kv.Key) with { Name = Path.GetFileName(kv.Value) })]),
        };
    }

    /// <summary>Where the data came from, with SHA-256 fingerprints: the input files, or the store's versions (for report covers).</summary>
    public IReadOnlyList<DatasetSource> Sources => LazySources.Value;

    private Lazy<IReadOnlyList<DatasetSource>> LazySources { get; init; } = new(() => []);

    /// <summary>For an anonymized report from the store without <c>--anonymize-key</c>: the store's own secret; otherwise <see langword="null"/>.</summary>
    public string? AnonymizationSecret { get; private init; }

    private static AnalysisSession FromStore(AnalysisSettings settings, CliEnvironment env, ImportOptions options)
    {
        using var store = StoreAccess.Open(settings.Db, env);
        StoreAccess.CheckAsOf(store, settings.AsOf);
        var versions = store.Versions().Where(v => v.Status != DatasetVersionStatus.Rejected && (settings.AsOf is null || v.Id <= settings.AsOf)).ToList();
        if (versions.Count == 0)
        {
            throw settings.AsOf is null
                ? new UsageException(
                    $"De opslag {store.Location} bevat nog geen gegevens: lees bestanden in met benchmark import BESTAND... (of reken direct op bestanden met --input BESTAND...).",
                    $"The store {store.Location} holds no data yet: import files with benchmark import FILE... (or compute straight from files with --input FILE...).")
                : new UsageException(
                    $"De opslag {store.Location} heeft geen versie tot en met {settings.AsOf}.",
                    $"The store {store.Location} has no stored version up to {settings.AsOf}.");
        }

        // The raw values carry their place in the store, so that the findings of their validation (the director's
        // data-quality page) find them as they find the lines of a file.
        var raw = StoredFindings.LoadActive(store, settings.AsOf);
        var data = Store.Survey.SurveyStore.WithSurveyIndicators(store, ActiveData.WithDerived(raw, options.Catalog, options.Municipalities), options.Catalog);
        var benchmarkOptions = BenchmarkOptions.Default with { Groups = LoadGroups(settings, env, options.Municipalities) };
        return new AnalysisSession(
            new BenchmarkEngine(data, options.Municipalities, options.Catalog, benchmarkOptions),
            () => new ValidationReport([], data, [.. StoredFindings.Validate(raw, options).AllFindings]))
        {
            LazySources = new Lazy<IReadOnlyList<DatasetSource>>([.. versions.Select(v => new DatasetSource($"v{v.Id} {Path.GetFileName(v.FileName)}", v.Sha256[..DatasetSource.FingerprintLength]))]),
            AnonymizationSecret = settings is ReportSettings { Anonymize: true, AnonymizeKey: null } ? store.Secret("anonymize") : null,
        };
    }

    public MunicipalityCode ResolveMunicipality(string text)
    {
        if (MunicipalityCode.TryParse(text, out var code))
        {
            return Engine.Municipalities.Find(code) is not null
                ? code
                : throw new UsageException(
                    $"{code} staat niet in de gemeentereferentie (geef --municipalities BESTAND voor andere codes).",
                    $"{code} is not in the municipality reference (give --municipalities FILE for other codes).");
        }

        var named = Engine.Municipalities.FindAllByName(text);
        if (named.Count == 1)
        {
            return named[0].Code;
        }

        if (named.Count > 1)
        {
            var list = string.Join(", ", named.Select(m => $"{m.Code} {m.Name} ({m.Province})"));
            throw new UsageException(
                $"'{text}' is de naam van {named.Count} gemeenten: {list}. Geef de code, bijv. {named[0].Code}.",
                $"'{text}' names {named.Count} municipalities: {list}. Give the code, e.g. {named[0].Code}.");
        }

        var nearest = NearestName.Find(text, Engine.Municipalities.All.Select(m => m.Name).Distinct(StringComparer.Ordinal));
        var hint = nearest is null ? new LocalizedText(string.Empty, string.Empty) : LocalizedText.Format(" Bedoelt u '{0}'?", " Did you mean '{0}'?", nearest);
        throw new UsageException(
            $"'{text}' is geen CBS-code (GM0193) en geen naam van een gemeente in de referentie.{hint.Nl}",
            $"'{text}' is neither a CBS code (GM0193) nor the name of a municipality in the reference.{hint.En}");
    }

    public int ResolveYear(int? year)
    {
        if (year is not { } y)
        {
            return Engine.LatestYear;
        }

        return Engine.Years.Contains(y)
            ? y
            : throw new UsageException(
                $"Geen gegevens voor {y}; de invoer bevat {string.Join(", ", Engine.Years)}.",
                $"No data for {y}; the input covers {string.Join(", ", Engine.Years)}.");
    }

    private static NamedGroups LoadGroups(AnalysisSettings settings, CliEnvironment env, MunicipalityRegistry registry)
    {
        if (settings.Groups is not { } path)
        {
            if (settings.PeerSpec.Kind == PeerGroupKind.Named)
            {
                throw new UsageException(
                    $"--peers {settings.Peers} heeft het groepenbestand nodig: --groups BESTAND (kolommen groep;gemeentecode).",
                    $"--peers {settings.Peers} needs the groups file: --groups FILE (columns groep;gemeentecode).");
            }

            return NamedGroups.Empty;
        }

        var read = GroupFileReader.Read(env.ForReading(path), registry);
        var fatal = read.Report.Findings.FirstOrDefault(f => f.Rule is Rules.FileUnreadable or Rules.MissingColumn or Rules.DuplicateColumn);
        if (fatal is not null)
        {
            throw new UsageException($"--groups {path}: {fatal.Message.Nl}", $"--groups {path}: {fatal.Message.En}");
        }

        if (read.HasErrors)
        {
            var lines = string.Join(", ", read.Report.Findings.Where(f => f.IsError).Select(f => f.Line).Take(10));
            env.Error.WriteLine(CliText.Get(
                settings.Lang,
                $"--groups {path}: {read.Report.ErrorCount} rijen afgewezen (controleer het bestand op regel {lines}).",
                $"--groups {path}: {read.Report.ErrorCount} rows rejected (check the file at lines {lines})."));
        }

        return read.Groups;
    }
}
