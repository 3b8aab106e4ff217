using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Builds the <see cref="MunicipalityReport"/> of one municipality in one year from the engine's results: cover,
/// summary, overview, one section per comparable indicator, method appendix — every text in the options' language.
/// </summary>
/// <remarks>Flow: <c>BenchmarkEngine ⇒ MunicipalityReportComposer ⇒ MunicipalityReport ⇒ PdfReportWriter</c>.</remarks>
public static partial class MunicipalityReportComposer
{
    /// <summary>Peer groups up to this size are listed by name on the cover; larger ones only in the appendix.</summary>
    public const int MaxMembersOnCover = 40;

    /// <summary>Composes the report of <paramref name="focus"/> in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">When the municipality or year is unknown to the engine.</exception>
    public static MunicipalityReport Compose(BenchmarkEngine engine, MunicipalityCode focus, int year, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        options ??= ReportOptions.Default;
        var context = ReportContext.Create(engine, focus, year, options);
        var sections = context.Comparison.Positions.Select(p => Section(context, p)).ToList();
        var report = new MunicipalityReport(
            Info(context),
            Cover(context),
            Summary(context),
            Overview(context),
            sections,
            MethodAppendix.For(context))
        {
            Key = KeyMessage.For(context),
            Efficiency = options.Efficiency ? EfficiencyComposer.For(context) : null,
        };
        return ConversationNotes.Extend(report, context);
    }

    /// <summary>The section of one indicator (what <c>benchmark chart</c> draws from).</summary>
    /// <exception cref="ArgumentException">When the municipality or year is unknown.</exception>
    /// <exception cref="KeyNotFoundException">When <paramref name="indicator"/> is not a comparable indicator of the data.</exception>
    public static IndicatorSection ComposeIndicator(BenchmarkEngine engine, MunicipalityCode focus, int year, IndicatorCode indicator, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var context = ReportContext.Create(engine, focus, year, options ?? ReportOptions.Default);
        var position = context.Comparison[indicator]
            ?? throw new KeyNotFoundException($"'{indicator}' is not a comparable indicator of the data; comparable: {string.Join(", ", context.Comparison.Positions.Select(p => p.Indicator.Code))}.");
        return Section(context, position);
    }

    /// <summary>The overview chart of <paramref name="focus"/> in <paramref name="year"/>.</summary>
    public static OverviewSection ComposeOverview(BenchmarkEngine engine, MunicipalityCode focus, int year, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Overview(ReportContext.Create(engine, focus, year, options ?? ReportOptions.Default));
    }

    private static DocumentInfo Info(ReportContext c)
    {
        var w = c.Language;
        var title = w.Format("Benchmark bedrijfsvoering {0} {1}", "Operations benchmark {0} {1}", c.FocusName, c.Year);
        return new DocumentInfo(
            title,
            w.Format("Positie van {0} in {1} ({2}), {3}", "Position of {0} in {1} ({2}), {3}", c.FocusName, w.Pick(c.Group.Name), w.Counted(c.Group.Count, "gemeente", "gemeenten", "municipality", "municipalities"), c.Year),
            c.Options.Author,
            string.Join(", ", new[] { w.Pick("benchmark bedrijfsvoering", "operations benchmark"), c.FocusName, w.Pick(c.Group.Name) }
                .Concat(c.Comparison.Positions.Select(p => w.Pick(p.Indicator.Name)))),
            c.Now,
            w,
            title,
            w.Pick("pagina {0} van {1}", "page {0} of {1}"));
    }

    private static CoverPage Cover(ReportContext c)
    {
        var w = c.Language;
        var m = c.Comparison.Municipality;
        var inhabitants = m.InhabitantsIn(c.Year);
        var facts = new List<Fact>
        {
            new(w.Pick("Gemeente", "Municipality"), $"{m.Name} ({m.Code}), {m.Province}" + (inhabitants is { } i ? w.Format(", {0:N0} inwoners", ", {0:N0} inhabitants", i) : string.Empty)),
            new(w.Pick("Peiljaar", "Year"), c.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(w.Pick("Vergelijkingsgroep", "Peer group"), $"{w.Pick(c.Group.Name)} — {w.Counted(c.Group.Count, "gemeente", "gemeenten", "municipality", "municipalities")}"),
            new(w.Pick("Methode", "Method"), MethodAppendix.PeerMethod(c.Group.Spec.Kind, w)),
        };
        if (c.Group.Reason is { } reason)
        {
            facts.Add(new(w.Pick("Waarom deze groep", "Why this group"), w.Pick(reason)));
        }

        facts.AddRange(
        [
            new(w.Pick("Datasets", "Datasets"), Sources(c)),
            new(w.Pick("Methodeversie", "Method version"), w.Format("catalogus {0}; kwantielen Hyndman–Fan {1}", "catalogue {0}; quantiles Hyndman–Fan {1}", c.Comparison.MethodVersion, c.Comparison.QuantileMethod)),
            new(w.Pick("Gegenereerd", "Generated"), w.Date(c.Now)),
        ]);
        var notes = new List<string>
        {
            w.Pick(
                "Dit rapport laat zien waar de gemeente staat ten opzichte van vergelijkbare gemeenten, waarom, en van wie zij kan leren. Per indicator: de waarde, de mediaan en de middelste helft (Q1–Q3) van de vergelijkingsgroep, de rang (1 = gunstigst in de richting van de indicator) en het kwartiel. Neutrale indicatoren beschrijven een positie, geen oordeel.",
                "This report shows where the municipality stands against comparable municipalities, why, and whom it can learn from. Per indicator: the value, the median and middle half (Q1–Q3) of the peer group, the rank (1 = best in the indicator's direction) and the quartile. Neutral indicators describe a position, not a judgement."),
            c.Mask.IsAnonymous
                ? w.Pick("Andere gemeenten staan in dit rapport met een vast label (zoals ‘Gemeente K’); alleen de eigen gemeente staat met naam.", "Other municipalities appear under a fixed label (such as ‘Municipality K’); only the municipality itself is named.")
                : c.Group.Count <= MaxMembersOnCover
                    ? w.Pick("Leden: ", "Members: ") + string.Join(", ", c.Group.Members.Select(c.Mask.Name).Order(StringComparer.Create(w.Culture, true))) + "."
                    : w.Format("De {0} leden van de vergelijkingsgroep staan in de verantwoording achterin.", "The {0} members of the peer group are listed in the method appendix.", c.Group.Count),
        };
        return new CoverPage(w.Pick("Benchmark bedrijfsvoering", "Operations benchmark"), m.Name, w.Format("Vergelijking {0}", "Comparison {0}", c.Year), facts, notes)
        {
            ProvenanceHeading = w.Pick("Herkomst en methode", "Provenance and method"),
        };
    }

    internal static string Sources(ReportContext c) =>
        c.Options.Sources.Count == 0
            ? c.Language.Pick("(niet opgegeven)", "(not given)")
            : string.Join("\n", c.Options.Sources.Select(s => $"{s.Name} (SHA-256 {s.Fingerprint})"));

    private static SummarySection Summary(ReportContext c)
    {
        var w = c.Language;
        var header = new SummaryHeader(
            w.Pick("Indicator", "Indicator"),
            w.Pick("Waarde", "Value"),
            w.Pick("Mediaan", "Median"),
            "Q1–Q3",
            w.Pick("Rang", "Rank"),
            w.Pick("Kwartiel", "Quartile"),
            w.Format("Δ {0}", "Δ {0}", c.Year - 1),
            w.Pick("Let op", "Notes"));
        var rows = c.Comparison.Positions.Select(p => SummaryRow(c, p)).ToList();
        var intro = w.Format(
            "{0} vergeleken met {1} ({2}) in {3}. Kleur: kwartiel in de richting van de indicator (blauw = gunstig, oranje = minder gunstig; donker = buitenste kwart); neutrale indicatoren in paars, zonder oordeel.",
            "{0} compared with {1} ({2}) in {3}. Colour: quartile in the indicator's direction (blue = favourable, orange = less favourable; dark = outer quarter); neutral indicators in purple, without judgement.",
            c.FocusName,
            w.Pick(c.Group.Name),
            w.Counted(c.Group.Count, "gemeente", "gemeenten", "municipality", "municipalities"),
            c.Year);
        var legend = new List<string>
        {
            w.Pick("Rang r/n: 1 = gunstigst (neutraal: laagst); gelijke waarden delen de laagste rang. Kwartiel 1 = gunstigst.", "Rank r/n: 1 = best (neutral: lowest); equal values share the lowest rank. Quartile 1 = best."),
            w.Format("▲ ▼ verandering ten opzichte van {0}, gekleurd naar gunstig (blauw) of minder gunstig (oranje); niet getoond bij een trendbreuk.", "▲ ▼ change since {0}, coloured favourable (blue) or less favourable (orange); not shown across a series break.", c.Year - 1),
            w.Format("Onderdrukt: minder dan {0} waarden in de groep. Uitschieter: |robuuste z| > {1:N1}. Niet significant: enquêteverschil met de mediaan niet significant (5%). Niet gepubliceerd: enquêtescore op minder dan {2} respondenten (of een onbekend aantal); alleen voor uzelf zichtbaar, niet gerangschikt en niet in de groepscijfers.", "Suppressed: fewer than {0} values in the group. Outlier: |robust z| > {1:N1}. Not significant: survey difference from the median not significant (5%). Not published: survey score on fewer than {2} respondents (or an unknown number); visible to you only, not ranked and not in the group figures.", c.Engine.Options.MinimumGroupSize, c.Engine.Options.OutlierThreshold, c.Engine.Options.SurveyPublicationThreshold),
        };
        return new SummarySection(w.Pick("Samenvatting", "Summary"), intro, header, rows, legend);
    }

    private static SummaryRow SummaryRow(ReportContext c, IndicatorPosition p)
    {
        var unit = p.Indicator.Unit;
        var s = p.Group.Values;
        var num = c.Numbers;
        var change = p.YearOnYearChange;
        var rounded = double.IsFinite(change) ? Math.Round(change, NumberText.Decimals(unit)) : double.NaN;
        var arrow = !double.IsFinite(rounded) ? ChangeArrow.None : rounded > 0 ? ChangeArrow.Up : rounded < 0 ? ChangeArrow.Down : ChangeArrow.Level;
        return new SummaryRow(
            p.Indicator.Code,
            c.Language.Pick(p.Indicator.Name),
            num.Value(p.Value, unit),
            s is null ? "–" : num.Value(s.Median, unit),
            s is null ? "–" : num.Value(s.Q1, unit) + " – " + num.Value(s.Q3, unit),
            p.Rank > 0 ? $"{p.Rank}/{p.RankedCount}" : "–",
            p.Quartile,
            Tones.Of(p.Indicator.Direction, p.Quartile),
            arrow,
            Tones.OfChange(p.Indicator.Direction, rounded),
            num.Change(change, unit),
            Tones.Flags(p, c.Language));
    }

    private static OverviewSection Overview(ReportContext c)
    {
        var w = c.Language;
        var items = c.Comparison.Positions.Select(p => new StripItem(
            c.Language.Pick(p.Indicator.Name) + (p.Indicator.Direction == Direction.Neutral ? " °" : string.Empty),
            double.IsFinite(p.PercentRank) ? (p.Indicator.Direction == Direction.Neutral ? 100 - p.PercentRank : p.PercentRank) : double.NaN,
            Tones.Of(p.Indicator.Direction, p.Quartile))).ToList();
        var chart = new PercentileStripChart(
            string.Empty,
            w.Pick("positie in de vergelijkingsgroep (percentiel)", "position in the peer group (percentile)"),
            items,
            w.Pick("minst gunstig", "least favourable"),
            w.Pick("gunstigst", "most favourable"),
            w.Pick("mediaan", "median"));
        var intro = w.Format(
            "Elke stip is de positie van {0} op één indicator: rechts is gunstiger dan de rest van de groep, links minder gunstig; de lijn in het midden is de mediaan. Bij neutrale indicatoren (°) betekent rechts alleen ‘hoger’, niet ‘beter’.",
            "Each dot is the position of {0} on one indicator: to the right is more favourable than the rest of the group, to the left less so; the middle line is the median. For neutral indicators (°) right only means ‘higher’, not ‘better’.",
            c.FocusName);
        return new OverviewSection(w.Pick("Overzicht", "Overview"), intro, chart);
    }
}
