using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Builds the <see cref="LearningCircleReport"/> of a named group (learning circle) in one year: every member side by
/// side in a heat map of quartile positions within the circle, and a spread chart per indicator.
/// </summary>
public static class LearningCircleComposer
{
    /// <summary>Composes the report of the group <paramref name="groupName"/> (from the engine's <see cref="BenchmarkOptions.Groups"/>).</summary>
    /// <param name="engine">The engine, with the groups loaded.</param>
    /// <param name="groupName">The group's name, matched ignoring case.</param>
    /// <param name="year">The year.</param>
    /// <param name="options">The options; <see cref="ReportOptions.Peers"/> is not used.</param>
    /// <param name="focus">A member to highlight, which keeps its name when anonymized; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">When the group is unknown or has no members with data in <paramref name="year"/>.</exception>
    public static LearningCircleReport Compose(BenchmarkEngine engine, string groupName, int year, ReportOptions? options = null, MunicipalityCode? focus = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        options ??= ReportOptions.Default;
        var w = options.Language;
        var num = new NumberText(w);
        var named = engine.Options.Groups.Find(groupName)
            ?? throw new ArgumentException($"There is no group '{groupName}'. Known groups: {string.Join(", ", engine.Options.Groups.Names)}.", nameof(groupName));
        var group = engine.Groups(year, PeerGroupSpec.Group(named.Name)).Single();
        var mask = NameMask.Create(engine.Municipalities, w, focus, named.Members, options.Anonymize, options.AnonymizationKey);
        var order = mask.IsAnonymous
            ? group.Members.ToList()
            : [.. group.Members.OrderBy(m => mask.Name(m), StringComparer.Create(w.Culture, true))];
        var indicators = engine.ComparableIndicators.ToList();
        var tables = indicators.Select(i => engine.Rank(i.Code, year, group, focus)).ToList();
        var now = options.Clock.GetUtcNow();
        var title = w.Format("Leerkring {0} {1}", "Learning circle {0} {1}", named.Name, year);
        if (named.Name.StartsWith("Leerkring", StringComparison.OrdinalIgnoreCase) || named.Name.StartsWith("Learning circle", StringComparison.OrdinalIgnoreCase))
        {
            title = w.Format("{0} {1}", "{0} {1}", named.Name, year);
        }

        var info = new DocumentInfo(
            title,
            w.Format("Leden van {0} naast elkaar, {1}", "Members of {0} side by side, {1}", named.Name, year),
            options.Author,
            string.Join(", ", indicators.Select(i => w.Pick(i.Name))),
            now,
            w,
            title,
            w.Pick("pagina {0} van {1}", "page {0} of {1}"));
        var absent = named.Members.Except(group.Members).ToList();
        var facts = new List<Fact>
        {
            new(w.Pick("Groep", "Group"), named.Name),
            new(w.Pick("Peiljaar", "Year"), year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(w.Pick("Leden", "Members"), string.Join(", ", order.Select(mask.Name))),
            new(w.Pick("Datasets", "Datasets"), options.Sources.Count == 0 ? w.Pick("(niet opgegeven)", "(not given)") : string.Join("\n", options.Sources.Select(s => $"{s.Name} (SHA-256 {s.Fingerprint})"))),
            new(w.Pick("Methodeversie", "Method version"), w.Format("catalogus {0}; kwantielen Hyndman–Fan {1}", "catalogue {0}; quantiles Hyndman–Fan {1}", engine.Catalog.Version, engine.Options.QuantileMethod)),
            new(w.Pick("Gegenereerd", "Generated"), w.Date(now)),
        };
        if (absent.Count > 0)
        {
            facts.Insert(3, new(w.Pick("Zonder gegevens", "Without data"), string.Join(", ", absent.Select(mask.Name))));
        }

        var cover = new CoverPage(
            w.Pick("Benchmark bedrijfsvoering · leerkring", "Operations benchmark · learning circle"),
            named.Name,
            w.Format("Bijeenkomst {0}: alle leden naast elkaar", "Session {0}: every member side by side", year),
            facts,
            [w.Pick(
                "Kwartielen en medianen in dit rapport gaan over de leden van de leerkring onderling, niet over alle gemeenten. Neutrale indicatoren beschrijven een positie, geen oordeel.",
                "Quartiles and medians in this report are within the learning circle, not over all municipalities. Neutral indicators describe a position, not a judgement.")]);

        var heatMap = HeatMap(w, num, mask, order, focus, indicators, tables, engine);
        var spreads = Spreads(w, num, mask, indicators, tables);
        var appendix = new AppendixSection(
            w.Pick("Verantwoording", "Method"),
            [
                MethodAppendix.Definitions(indicators, engine.Catalog, num),
                MethodAppendix.Statistics(engine, w),
                MethodAppendix.Suppression(engine, w, mask.IsAnonymous),
                MethodAppendix.Sources(options.Sources, engine.Catalog.Version, now, w),
            ]);
        return new LearningCircleReport(info, cover, heatMap, spreads, appendix)
        {
            Conversation = new CircleConversation(engine, year, w, num, mask).Compose(indicators, tables),
            Members = CircleMembers.Compose(engine, year, w, num, mask, order, indicators, tables),
            Survey = CircleSurveyComposer.Compose(order, year, options, w, mask),
            TalkingPoints = ConversationComposer.ForCircle(engine, w, num, order, year, options, named.Name, mask),
            Efficiency = options.Efficiency ? CircleEfficiencyComposer.For(engine, w, mask, order, year) : null,
        };
    }

    private static HeatMapSection HeatMap(
        Language w,
        NumberText num,
        NameMask mask,
        List<MunicipalityCode> order,
        MunicipalityCode? focus,
        List<Indicator> indicators,
        List<LeagueTable> tables,
        BenchmarkEngine engine)
    {
        var rows = new List<HeatMapRow>();
        string? notice = null;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var table = tables[i];
            var byCode = table.Entries.ToDictionary(e => e.Municipality);

            // Euro amounts per unit print without "€" in the narrow cells (the row's name says "(€)"), so a five-digit
            // value and its quartile symbol fit on one line in a readable size.
            var format = num.Format(indicator.Unit);
            var perUnitEuro = indicator.Unit != Unit.Euro && format.Prefix.Length > 0;
            string Text(double value) => perUnitEuro ? (format with { Prefix = string.Empty }).Format(value) : num.Value(value, indicator.Unit);
            var cells = order.Select(m => byCode.TryGetValue(m, out var e)
                    ? new HeatCell(Text(e.Value), Tones.Of(indicator.Direction, e.Quartile))
                    : new HeatCell("–", Tone.None))
                .ToList();
            var s = table.Statistics;
            notice ??= s.SuppressionReason is { } reason ? w.Pick(reason) : null;
            var label = w.Pick(indicator.Name) + (perUnitEuro ? " (€)" : string.Empty) + (indicator.Direction == Direction.Neutral ? " °" : string.Empty);
            rows.Add(new HeatMapRow(label, cells, s.Values is { } v ? Text(v.Median) : "–"));
        }

        var focusColumn = focus is { } f && order.Contains(f) ? order.IndexOf(f) : (int?)null;
        return new HeatMapSection(
            w.Pick("Alle leden naast elkaar", "Every member side by side"),
            w.Pick(
                "Per indicator de waarde van elk lid, gekleurd naar het kwartiel binnen de leerkring en gemarkeerd met een teken (kleurenblindveilig): donkerblauw ++ = gunstigste kwart, lichtblauw +, lichtoranje −, donkeroranje −− = minst gunstige kwart; neutrale indicatoren (°) in paars van laag (licht) naar hoog (donker).",
                "Per indicator each member's value, coloured by its quartile within the circle and marked with a sign (colour-blind safe): dark blue ++ = most favourable quarter, light blue +, light orange −, dark orange −− = least favourable quarter; neutral indicators (°) in purple from low (light) to high (dark)."),
            w.Pick("Indicator", "Indicator"),
            w.Pick("Mediaan", "Median"),
            [.. order.Select(mask.Name)],
            focusColumn,
            rows,
            [
                w.Format("Kwartielen met inclusieve grenzen binnen de groep (Hyndman–Fan {0}); gelijke waarden delen een kwartiel. – = geen waarde.", "Quartiles with inclusive boundaries within the group (Hyndman–Fan {0}); equal values share a quartile. – = no value.", engine.Options.QuantileMethod),
            ],
            notice);
    }

    private static SpreadSection Spreads(Language w, NumberText num, NameMask mask, List<Indicator> indicators, List<LeagueTable> tables)
    {
        var charts = new List<RankedBarChart>();
        var omitted = new List<string>();
        var labels = ReportContext.ChartWords(w) with { Peers = w.Pick("leden", "members") };
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var table = tables[i];
            if (table.Statistics.Values is not { } s)
            {
                omitted.Add(w.Pick(indicator.Name) + ": " + w.Pick(table.Statistics.SuppressionReason ?? Text.LocalizedText.Empty));
                continue;
            }

            var bars = table.Entries.Where(e => e.Rank > 0).Select(e => new RankedBar(mask.Name(e.Municipality), e.Value, e.IsFocus)).ToList();
            charts.Add(new RankedBarChart(
                w.Pick(indicator.Name),
                num.UnitLabel(indicator.Unit),
                num.Format(indicator.Unit),
                bars,
                s.Median,
                s.Q1,
                s.Q3,
                indicator.Direction == Direction.Neutral ? labels with { Rank = w.Pick("plaats (1 = laagst)", "place (1 = lowest)") } : labels));
        }

        return new SpreadSection(
            w.Pick("Spreiding per indicator", "Spread per indicator"),
            w.Pick("Per indicator de leden op volgorde (gunstigste boven; neutraal: laagste boven), met de mediaan (doorgetrokken lijn) en Q1 en Q3 (gestippeld) van de leerkring.", "Per indicator the members in order (most favourable on top; neutral: lowest on top), with the circle's median (solid line) and Q1 and Q3 (dashed)."),
            charts,
            omitted)
        {
            Continued = w.Pick("(vervolg)", "(continued)"),
        };
    }
}
