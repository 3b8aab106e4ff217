using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Store.Analysis;

/// <summary>
/// The data of one analysis and the engine over it: loaded from files or from the store, with the municipality reference,
/// catalogue and named groups of <see cref="AnalysisSessionOptions"/>. The CLI's analysis commands, the sample scripts
/// and a web server start here.
/// </summary>
/// <example>
/// <code>
/// var session = AnalysisSession.Load(new AnalysisSessionOptions { Inputs = ["benchmark-2024.csv"] });
/// var comparison = session.Engine.Compare(session.ResolveYear(null), session.ResolveMunicipality("Zwolle"));
/// </code>
/// </example>
public sealed class AnalysisSession
{
    private readonly Lazy<IReadOnlyList<DatasetSource>> _sources;

    private readonly Lazy<ValidationReport> _report;

    private AnalysisSession(BenchmarkEngine engine, Func<ValidationReport> report, Lazy<IReadOnlyList<DatasetSource>> sources, IReadOnlyList<LocalizedText> notes)
    {
        Engine = engine;
        _report = new Lazy<ValidationReport>(report);
        _sources = sources;
        Notes = notes;
    }

    /// <summary>The engine over the loaded data.</summary>
    public BenchmarkEngine Engine { get; }

    /// <summary>
    /// The validation report of the input files; read from the store, the validation of the stored values as one
    /// delivery (<see cref="StoredFindings"/>, computed on first use), so that a report's data-quality page says the same.
    /// </summary>
    public ValidationReport Report => _report.Value;

    /// <summary>Where the data came from, with SHA-256 fingerprints: the input files (read again on first use), or the store's versions.</summary>
    public IReadOnlyList<DatasetSource> Sources => _sources.Value;

    /// <summary>The store's own anonymisation secret when <see cref="AnalysisSessionOptions.ReadAnonymizationSecret"/> asked for it and the data came from the store; otherwise <see langword="null"/>.</summary>
    public string? AnonymizationSecret { get; private init; }

    /// <summary>Things the user should know that did not stop the analysis (errors in the input, rejected group rows), in order.</summary>
    public IReadOnlyList<LocalizedText> Notes { get; }

    /// <summary>Loads the data and builds the engine.</summary>
    /// <param name="options">Where the data come from.</param>
    /// <returns>The session.</returns>
    /// <exception cref="AnalysisException">When the data cannot be used as asked (the text says what to do).</exception>
    /// <exception cref="ArgumentException">When neither inputs nor a store are given.</exception>
    public static AnalysisSession Load(AnalysisSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<LocalizedText>();
        return options.Inputs.Count > 0 ? FromFiles(options, notes) : FromStore(options, notes);
    }

    private static AnalysisSession FromFiles(AnalysisSessionOptions options, List<LocalizedText> notes)
    {
        var shown = options.Inputs.DistinctBy(options.ResolvePath).ToDictionary(options.ResolvePath, f => f, StringComparer.Ordinal);
        var report = DatasetLoader.Load(shown.Keys, options.Import).WithFileNames(shown);
        var unreadable = report.Files.FirstOrDefault(f => f.Findings.Any(x => x.Rule == Rules.FileUnreadable));
        if (unreadable is not null)
        {
            var message = unreadable.Findings.First(x => x.Rule == Rules.FileUnreadable).Message;
            throw new AnalysisException($"{unreadable.Path}: {message.Nl}", $"{unreadable.Path}: {message.En}");
        }

        if (report.Dataset.Count == 0)
        {
            throw new AnalysisException(
                "De invoerbestanden bevatten geen bruikbare waarden; controleer ze met benchmark validate.",
                "The input files hold no usable values; check them with benchmark validate.");
        }

        if (report.HasErrors)
        {
            notes.Add(new LocalizedText(
                $"let op: {report.ErrorCount} fouten in de invoer; afgewezen waarden tellen niet mee (details: benchmark validate).",
                $"note: {report.ErrorCount} errors in the input; rejected values are left out (details: benchmark validate)."));
        }

        var engine = BuildEngine(report.Dataset, options, notes);

        // Fingerprinting reads every input file again: only for the callers that show it (report covers).
        var sources = new Lazy<IReadOnlyList<DatasetSource>>(() => [.. shown.Select(kv => DatasetSource.FromFile(kv.Key) with { Name = Path.GetFileName(kv.Value) })]);
        return new AnalysisSession(engine, () => report, sources, notes);
    }

    private static AnalysisSession FromStore(AnalysisSessionOptions options, List<LocalizedText> notes)
    {
        var owned = options.Store is null;
        var store = options.Store ?? (options.OpenStore ?? throw new ArgumentException("Give Inputs, Store or OpenStore.", nameof(options)))();
        try
        {
            return FromStore(store, options, notes);
        }
        finally
        {
            if (owned)
            {
                store.Dispose();
            }
        }
    }

    private static AnalysisSession FromStore(IDatasetStore store, AnalysisSessionOptions options, List<LocalizedText> notes)
    {
        var versions = store.Versions().Where(v => v.Status != DatasetVersionStatus.Rejected && (options.AsOf is null || v.Id <= options.AsOf)).ToList();
        if (versions.Count == 0)
        {
            throw options.AsOf is null
                ? new AnalysisException(
                    $"De opslag {store.Location} bevat nog geen gegevens: lees bestanden in met benchmark import BESTAND... (of reken direct op bestanden met --input BESTAND...).",
                    $"The store {store.Location} holds no data yet: import files with benchmark import FILE... (or compute straight from files with --input FILE...).")
                : new AnalysisException(
                    $"De opslag {store.Location} heeft geen versie tot en met {options.AsOf}.",
                    $"The store {store.Location} has no stored version up to {options.AsOf}.");
        }

        // The raw values carry their place in the store, so that the findings of their validation (the director's
        // data-quality page) find them as they find the lines of a file.
        var raw = StoredFindings.LoadActive(store, options.AsOf);
        var data = Survey.SurveyStore.WithSurveyIndicators(store, DatasetDerivation.WithDerived(raw, options.Import.Catalog, options.Import.Municipalities), options.Import.Catalog);
        var engine = BuildEngine(data, options, notes);
        var sources = new Lazy<IReadOnlyList<DatasetSource>>([.. versions.Select(v => new DatasetSource($"v{v.Id} {Path.GetFileName(v.FileName)}", v.Sha256[..DatasetSource.FingerprintLength]))]);
        var import = options.Import;
        return new AnalysisSession(engine, () => new ValidationReport([], data, [.. StoredFindings.Validate(raw, import).AllFindings]), sources, notes)
        {
            AnonymizationSecret = options.ReadAnonymizationSecret ? store.Secret("anonymize") : null,
        };
    }

    private static BenchmarkEngine BuildEngine(Dataset data, AnalysisSessionOptions options, List<LocalizedText> notes)
    {
        var groups = SessionGroups.Load(options, notes);
        var benchmarkOptions = BenchmarkOptions.Default with { Groups = groups };
        return new BenchmarkEngine(data, options.Import.Municipalities, options.Import.Catalog, benchmarkOptions);
    }

    /// <summary>The municipality named by a CBS code (<c>GM0193</c>) or a unique name (<c>Zwolle</c>) in the reference.</summary>
    /// <param name="text">The code or name as the user wrote it.</param>
    /// <returns>The code.</returns>
    /// <exception cref="AnalysisException">When the code is not in the reference, or the name is unknown or ambiguous (with a suggestion).</exception>
    public MunicipalityCode ResolveMunicipality(string text) => MunicipalityResolver.Resolve(Engine.Municipalities, text);

    /// <summary>The year asked for, or the latest year of the data when <paramref name="year"/> is <see langword="null"/>.</summary>
    /// <param name="year">The year asked for.</param>
    /// <returns>A year the data cover.</returns>
    /// <exception cref="AnalysisException">When the data hold no values for <paramref name="year"/>.</exception>
    public int ResolveYear(int? year)
    {
        if (year is not { } y)
        {
            return Engine.LatestYear;
        }

        return Engine.Years.Contains(y)
            ? y
            : throw new AnalysisException(
                $"Geen gegevens voor {y}; de invoer bevat {string.Join(", ", Engine.Years)}.",
                $"No data for {y}; the input covers {string.Join(", ", Engine.Years)}.");
    }
}
