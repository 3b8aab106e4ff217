using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;

namespace Benchmark;

/// <summary>
/// The researcher's entry point: peer groups, group statistics, positions, league tables, learning partners and trends
/// over one validated <see cref="Dataset"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every method takes its arguments in one order — what, when, among whom, for whom: indicator
/// (<see cref="IndicatorCode"/>), year, group (a <see cref="ComparisonGroup"/>, <see cref="PeerGroup"/> or
/// <see cref="PeerGroupSpec"/>), focus municipality — leaving out what a method does not need, e.g.
/// <c>Rank(code, 2024, PeerGroupSpec.BySizeClass, focus)</c>, <c>Peers(2024, focus)</c>, <c>Trend(code, focus)</c>.
/// An overload without a spec uses <see cref="PeerGroupSpec.Default"/>.
/// </para>
/// <para>Flow: <c>CSV ⇒ DatasetLoader (Benchmark.Import) ⇒ Dataset ⇒ BenchmarkEngine ⇒ immutable result records</c>.</para>
/// <para>
/// Methods that take a municipality, indicator or year the data do not have throw (<see cref="ArgumentException"/>,
/// <see cref="KeyNotFoundException"/>): that is misuse. Bad or thin data never throw: a group with fewer values than
/// <see cref="BenchmarkOptions.MinimumGroupSize"/> gives suppressed statistics with a reason, a missing value gives a
/// position flagged <see cref="PositionFlags.Missing"/>. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed partial class BenchmarkEngine
{
    /// <summary>Creates an engine over <paramref name="data"/>.</summary>
    /// <param name="data">Validated observations, derived indicators included (as <c>DatasetLoader</c> returns them).</param>
    /// <param name="municipalities">The municipality reference (names, provinces, inhabitants).</param>
    /// <param name="catalog">The indicator catalogue; <see cref="IndicatorCatalog.Default"/> when <see langword="null"/>.</param>
    /// <param name="options">The method options; <see cref="BenchmarkOptions.Default"/> when <see langword="null"/>.</param>
    public BenchmarkEngine(Dataset data, MunicipalityRegistry municipalities, IndicatorCatalog? catalog = null, BenchmarkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(municipalities);
        Data = data;
        Municipalities = municipalities;
        Catalog = catalog ?? IndicatorCatalog.Default;
        Options = options ?? BenchmarkOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MinimumGroupSize, 1, nameof(options));
        PeerContext = new PeerGroupContext(Municipalities, Data) { Groups = Options.Groups, NearestNeighbours = Options.NearestNeighbours };
    }

    /// <summary>The observations.</summary>
    public Dataset Data { get; }

    /// <summary>The municipality reference.</summary>
    public MunicipalityRegistry Municipalities { get; }

    /// <summary>The indicator catalogue.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The method options.</summary>
    public BenchmarkOptions Options { get; }

    /// <summary>The years of the data, ascending.</summary>
    public IReadOnlyList<int> Years => Data.Years;

    /// <summary>The latest year of the data.</summary>
    /// <exception cref="InvalidOperationException">When the data are empty.</exception>
    public int LatestYear => Data.Years.Count > 0 ? Data.Years[^1] : throw new InvalidOperationException("The dataset is empty.");

    private PeerGroupContext PeerContext { get; }

    /// <summary>
    /// The indicators worth comparing between municipalities, in catalogue order: derived ratios, survey scores and raw
    /// figures that do not scale with size (percentages, marks, frequencies), excluding a survey's respondents and SD, and
    /// only those with data.
    /// </summary>
    public IEnumerable<Indicator> ComparableIndicators
    {
        get
        {
            var helpers = Catalog.All.Where(i => i.Survey is not null)
                .SelectMany(i => new[] { i.Survey!.Respondents, i.Survey.StandardDeviation })
                .ToHashSet(StringComparer.Ordinal);
            var present = Data.Indicators.ToHashSet(StringComparer.Ordinal);
            return Catalog.All.Where(i => present.Contains(i.Code) && !helpers.Contains(i.Code) && IsSizeIndependent(i));
        }
    }

    /// <summary>The municipality with <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">When the reference does not know it.</exception>
    public Municipality Municipality(MunicipalityCode code) =>
        Municipalities.Find(code) ?? throw new ArgumentException($"Municipality {code} is not in the reference.", nameof(code));

    /// <summary>The peer group of <paramref name="focus"/> in <paramref name="year"/> by the default method (<see cref="PeerGroupSpec.Default"/>).</summary>
    /// <exception cref="ArgumentException">When the municipality or year is unknown.</exception>
    public PeerGroup Peers(int year, MunicipalityCode focus) => Peers(year, PeerGroupSpec.Default, focus);

    /// <summary>The peer group of <paramref name="focus"/> in <paramref name="year"/> formed by <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">When the municipality or year is unknown, or a named group does not exist.</exception>
    public PeerGroup Peers(int year, PeerGroupSpec spec, MunicipalityCode focus)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RequireYear(year);
        return PeerGroupResolver.Resolve(focus, year, spec, PeerContext);
    }

    /// <summary>
    /// For nearest-neighbour groups of <paramref name="k"/> (the options' K when <see langword="null"/>): how many of
    /// <paramref name="focus"/>'s peers in <paramref name="year"/> were also its peers the year before; <see langword="null"/>
    /// when there is no previous year.
    /// </summary>
    public PeerSetOverlap? PeerStability(int year, MunicipalityCode focus, int? k = null)
    {
        RequireYear(year);
        return PeerGroupResolver.NearestStability(focus, year, PeerContext, k);
    }

    /// <summary>The structural distances from <paramref name="focus"/> to every municipality of the year (nearest first, focus at 0).</summary>
    /// <remarks>
    /// Over the universe of the year with the focus added, as the <c>nearest</c> peer group measures them, so a focus
    /// without data of its own in the year still has distances.
    /// </remarks>
    /// <exception cref="ArgumentException">When the municipality is unknown or does not exist in the year.</exception>
    public IReadOnlyList<PeerDistance> Distances(int year, MunicipalityCode focus)
    {
        RequireYear(year);
        var universe = Municipality(focus).ExistsIn(year) ? PeerUniverse.WithFocus(year, PeerContext, focus) : PeerUniverse.Of(year, PeerContext);
        return new NearestNeighbours(year, universe, PeerContext).Distances(focus);
    }

    internal static bool IsSizeIndependent(Indicator i) =>
        i.Kind is IndicatorKind.Derived or IndicatorKind.Survey ||
        (i.Kind == IndicatorKind.Raw && i.Unit is Unit.Percent or Unit.Score or Unit.Number);

    internal double ValueOf(MunicipalityCode municipality, int year, string code) =>
        code == DerivedValues.InhabitantsCode
            ? DerivedValues.InhabitantsOf(Data, municipality, year, Municipalities, out _)
            : Data.ValueOrNaN(municipality, year, code);

    private void RequireYear(int year)
    {
        if (!Data.Years.Contains(year))
        {
            var span = Data.Years.Count == 0 ? "the dataset is empty" : $"the data cover {Data.Years[0]}–{Data.Years[^1]}";
            throw new ArgumentOutOfRangeException(nameof(year), year, $"No data for {year}; {span}.");
        }
    }
}
