using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Charts;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>What every part of a municipality report is composed from: the engine's results, computed once.</summary>
internal sealed class ReportContext
{
    private ReportContext(BenchmarkEngine engine, ReportOptions options, MunicipalityComparison comparison, IReadOnlyList<LearningPartner> partners)
    {
        Engine = engine;
        Options = options;
        Comparison = comparison;
        Language = options.Language;
        Numbers = new NumberText(Language);
        Mask = NameMask.Create(engine.Municipalities, Language, comparison.Municipality.Code, comparison.PeerGroup.Members, options.Anonymize, options.AnonymizationKey);
        Partners = partners.ToLookup(p => p.Indicator);
        Now = options.Clock.GetUtcNow();
        Labels = ChartWords(Language);
    }

    public BenchmarkEngine Engine { get; }

    public ReportOptions Options { get; }

    public MunicipalityComparison Comparison { get; }

    public Language Language { get; }

    public NumberText Numbers { get; }

    public NameMask Mask { get; }

    public ILookup<IndicatorCode, LearningPartner> Partners { get; }

    public DateTimeOffset Now { get; }

    public ChartLabels Labels { get; }

    public MunicipalityCode Focus => Comparison.Municipality.Code;

    public string FocusName => Comparison.Municipality.Name;

    public int Year => Comparison.Year;

    public PeerGroup Group => Comparison.PeerGroup;

    public static ReportContext Create(BenchmarkEngine engine, MunicipalityCode focus, int year, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var comparison = engine.Compare(year, options.Peers, focus);
        var partners = engine.Partners(year, options.Peers, focus);
        return new ReportContext(engine, options, comparison, partners);
    }

    /// <summary>The chart words of a language.</summary>
    public static ChartLabels ChartWords(Language w) => new(
        w.Pick("mediaan", "median"),
        "Q1–Q3",
        w.Pick("95%-betrouwbaarheidsinterval", "95% confidence interval"),
        w.Pick("trendbreuk", "series break"),
        w.Pick("rang (1 = gunstigst)", "rank (1 = best)"),
        w.Pick("overige gemeenten", "other municipalities"));
}
