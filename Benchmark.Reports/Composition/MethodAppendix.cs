using Benchmark.Data;
using Benchmark.Catalog;
using Benchmark.PeerGroups;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>The method appendix: definitions and formulas, statistics, peer group, suppression, data quality, sources.</summary>
internal static class MethodAppendix
{
    public static AppendixSection For(ReportContext c)
    {
        var w = c.Language;
        var blocks = new List<AppendixBlock>
        {
            Definitions(c.Comparison.Positions.Select(p => p.Indicator), c.Engine.Catalog, c.Numbers),
            Statistics(c.Engine, w),
            PeerGroup(c),
            Suppression(c.Engine, w, c.Mask.IsAnonymous),
            Composition.DataQuality.For(c),
            Sources(c.Options.Sources, c.Comparison.MethodVersion, c.Now, w),
        };
        return new AppendixSection(w.Pick("Verantwoording", "Method"), blocks);
    }

    /// <summary>A short description of a peer-group method.</summary>
    public static string PeerMethod(PeerGroupKind kind, Language w) => kind switch
    {
        PeerGroupKind.Default => w.Pick("standaard: de eigen grootteklasse, of bij een gemeente ver van de klassemediaan de gemeenten van vergelijkbare omvang", "default: the own size class, or for a municipality far from the class median the municipalities of comparable size"),
        PeerGroupKind.All => w.Pick("alle gemeenten met gegevens", "every municipality with data"),
        PeerGroupKind.SizeClass => w.Pick("gemeenten in dezelfde grootteklasse (inwoners)", "municipalities of the same size class (inhabitants)"),
        PeerGroupKind.SizeClassExcludingG4 => w.Pick("dezelfde grootteklasse, zonder de G4", "the same size class, without the G4"),
        PeerGroupKind.Province => w.Pick("gemeenten in dezelfde provincie", "municipalities of the same province"),
        PeerGroupKind.Named => w.Pick("een vaste groep (leerkring)", "a fixed group (learning circle)"),
        PeerGroupKind.Nearest => w.Pick("de structureel meest gelijkende gemeenten (CIPFA-methode)", "the structurally most similar municipalities (CIPFA method)"),
        _ => kind.ToString(),
    };

    public static AppendixBlock Definitions(IEnumerable<Indicator> indicators, IndicatorCatalog catalog, NumberText num)
    {
        var w = num.Language;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var i in indicators)
        {
            var definition = w.Pick(i.Description);
            if (i.Formula is { } f)
            {
                definition += (definition.Length > 0 ? " " : string.Empty) + w.Pick("Formule: ", "Formula: ") + Formula(f, catalog, w) + ".";
            }

            foreach (var version in i.Versions.Skip(1))
            {
                // A description that already names the series break is not told it twice ("(…: trendbreuk). (trendbreuk).").
                var text = w.Pick(version.Description).TrimEnd('.');
                var named = text.Contains(w.Pick("trendbreuk", "series break"), StringComparison.OrdinalIgnoreCase);
                definition += " " + (named
                    ? w.Format("Vanaf {0}: {1}.", "From {0}: {1}.", version.ValidFrom, text)
                    : w.Format("Vanaf {0}: {1} (trendbreuk).", "From {0}: {1} (series break).", version.ValidFrom, text));
            }

            rows.Add([w.Pick(i.Name), definition.Trim(), num.UnitLabel(i.Unit) + "; " + Tones.DirectionWords(i.Direction, w)]);
        }

        return new AppendixBlock(
            w.Pick("Indicatoren, definities en formules", "Indicators, definitions and formulas"),
            [w.Pick("De definities komen uit de indicatorcatalogus. Afgeleide indicatoren worden per gemeente berekend uit de aangeleverde bedragen en aantallen.", "The definitions come from the indicator catalogue. Derived indicators are computed per municipality from the delivered amounts and counts.")],
            new TextTable([w.Pick("Indicator", "Indicator"), w.Pick("Definitie", "Definition"), w.Pick("Eenheid en richting", "Unit and direction")], rows, []));
    }

    public static AppendixBlock Statistics(BenchmarkEngine engine, Language w) => new(
        w.Pick("Statistiek", "Statistics"),
        [
            w.Format(
                "Mediaan en kwartielen (Q1, Q3) volgens Hyndman & Fan type {0} (R{0}; gelijk aan Excel KWARTIEL.INC/PERCENTIEL.INC), over de waarden van de groepsleden; ontbrekende waarden tellen niet mee.",
                "Median and quartiles (Q1, Q3) by Hyndman & Fan type {0} (R{0}; the same as Excel QUARTILE.INC/PERCENTILE.INC), over the members' values; missing values are left out.",
                (int)engine.Options.QuantileMethod),
            w.Pick(
                "Rang: 1 = gunstigst in de richting van de indicator; gelijke waarden delen de laagste rang (competitierang ‘1224’). Neutrale indicatoren worden oplopend gerangschikt. Kwartielpositie 1–4 met inclusieve grenzen: een waarde precies op Q1 hoort bij het beste kwartiel (lager is gunstiger). Percentielpositie = 100 × (aantal minder gunstige waarden) / (n − 1).",
                "Rank: 1 = best in the indicator's direction; equal values share the lowest rank (competition rank ‘1224’). Neutral indicators are ranked ascending. Quartile position 1–4 with inclusive boundaries: a value exactly at Q1 belongs to the best quartile (lower is better). Percentile position = 100 × (number of less favourable values) / (n − 1)."),
            w.Format(
                "Uitschieter: robuuste z = (waarde − mediaan) / (1,4826 × ruwe MAD) groter dan {0:N1} in absolute waarde. Enquêtescores: 95%-betrouwbaarheidsinterval met Student-t en eindige-populatiecorrectie; het verschil met de mediaan is significant als de mediaan buiten het interval valt.",
                "Outlier: robust z = (value − median) / (1.4826 × raw MAD) above {0:N1} in absolute value. Survey scores: 95% confidence interval with Student's t and the finite-population correction; the difference from the median is significant when the median lies outside the interval.",
                engine.Options.OutlierThreshold),
            w.Pick(
                "Euro-bedragen in de tekst (zoals ‘op de mediaan zou dat € 2,1 mln lagere overheadlasten betekenen’) zijn het verschil in de indicator maal de eigen noemer van de gemeente (bij overhead: de totale lasten / 100).",
                "Euro amounts in the text (such as ‘at the median that would mean €2.1 million less in overhead costs’) are the difference in the indicator times the municipality's own denominator (for overhead: total expenditure / 100)."),
        ]);

    public static AppendixBlock Suppression(BenchmarkEngine engine, Language w, bool anonymous)
    {
        var paragraphs = new List<string>
        {
            w.Format(
                "Groepsstatistieken (mediaan, kwartielen, rangen, leerpartners) worden alleen getoond als de groep ten minste {0} waarden heeft; anders staat er ‘onderdrukt’ met de reden. Zo zijn individuele gemeenten niet te herleiden en blijven toevalstreffers buiten beeld.",
                "Group statistics (median, quartiles, ranks, learning partners) are shown only when the group has at least {0} values; otherwise the report says ‘suppressed’ and why. This keeps individual municipalities from being singled out and keeps chance results out of view.",
                engine.Options.MinimumGroupSize),
            w.Format(
                "Enquêtescores op minder dan {0} respondenten, of op een onbekend aantal, worden niet gepubliceerd: ze krijgen geen rang en geen kleur, tellen niet mee in mediaan, kwartielen, grafieken of leerpartners, en staan in geen enkel rapport of uitvoerbestand van een andere gemeente. Alleen de gemeente zelf ziet haar score, gemarkeerd als ‘niet gepubliceerd (n = …)’.",
                "Survey scores on fewer than {0} respondents, or on an unknown number, are not published: they get no rank and no colour, count in no median, quartile, chart or learning-partner list, and appear in no report or output file of another municipality. Only the municipality itself sees its score, marked ‘not published (n = …)’.",
                engine.Options.SurveyPublicationThreshold),
        };
        if (anonymous)
        {
            paragraphs.Add(w.Pick(
                "Dit rapport is geanonimiseerd: andere gemeenten staan met een vast label in tabellen, grafieken en leerpartnerlijsten. Namen, CBS-codes, provincies en inwonertallen van andere gemeenten staan nergens in het document, ook niet in de metadata, en de leden van de vergelijkingsgroep worden niet opgesomd.",
                "This report is anonymized: other municipalities appear under a fixed label in tables, charts and partner lists. Names, CBS codes, provinces and inhabitants of other municipalities appear nowhere in the document, not even in its metadata, and the members of the peer group are not listed."));
            paragraphs.Add(w.Pick(
                "De grens van anonimisering: namen zijn verborgen, cijfers niet. Wie de sector kent, kan een gemeente met een uitzonderlijke waarde of positie (de grootste van de groep, een opvallende uitschieter) soms toch herkennen. Deel het rapport daarom alleen met wie de cijfers mag zien.",
                "The limit of anonymization: names are hidden, figures are not. Someone who knows the sector may still recognise a municipality with an extreme value or position (the largest of the group, a striking outlier). Share the report only with those allowed to see the figures."));
        }

        return new AppendixBlock(w.Pick("Onderdrukking en vertrouwelijkheid", "Suppression and confidentiality"), paragraphs);
    }

    public static AppendixBlock Sources(IReadOnlyList<DatasetSource> sources, string methodVersion, DateTimeOffset now, Language w)
    {
        var rows = sources.Select(s => (IReadOnlyList<string>)[s.Name, s.Fingerprint]).ToList();
        return new AppendixBlock(
            w.Pick("Bronnen en versies", "Sources and versions"),
            [
                w.Format(
                    "Methodeversie (indicatorcatalogus) {0}. Gegenereerd op {1}. De vingerafdruk is het begin van de SHA-256 van het bestand: een ander bestand geeft een andere vingerafdruk.",
                    "Method version (indicator catalogue) {0}. Generated on {1}. The fingerprint is the start of the SHA-256 of the file: a different file gives a different fingerprint.",
                    methodVersion,
                    w.Date(now)),
            ],
            rows.Count == 0 ? null : new TextTable([w.Pick("Dataset", "Dataset"), w.Pick("Vingerafdruk (SHA-256)", "Fingerprint (SHA-256)")], rows, []));
    }

    private static AppendixBlock PeerGroup(ReportContext c)
    {
        var w = c.Language;
        var group = c.Group;
        var paragraphs = new List<string>
        {
            w.Format(
                "Vergelijkingsgroep: {0} ({1}). Methode {2}: {3}. Het lidmaatschap is per jaar bepaald; in de trendgrafieken is de mediaan van elk jaar die van de groep van dat jaar.",
                "Peer group: {0} ({1}). Method {2}: {3}. Membership is decided per year; in the trend charts each year's median is that of that year's group.",
                w.Pick(group.Name),
                w.Counted(group.Count, "gemeente", "gemeenten", "municipality", "municipalities"),
                group.Spec,
                PeerMethod(group.Spec.Kind, w)),
            w.Pick(
                "Leerpartners zijn leden van de groep die aantoonbaar beter scoren: een waarde strikt beter dan de eigen waarde in de richting van de indicator, in het beste kwartiel van de groep, en bij enquêtescores buiten het eigen 95%-interval. Ze staan op structurele afstand (0 = gelijk, 1 = de meest verschillende gemeente van het jaar; op inwoners en adressendichtheid). Hoort de gemeente zelf bij het beste kwartiel en doet niemand aantoonbaar beter, dan staan er de structureel dichtstbijzijnde gemeenten uit het laagste kwartiel: zij kunnen van u leren. Neutrale indicatoren hebben geen leerpartners.",
                "Learning partners are members of the group that do measurably better: a value strictly better than the own value in the indicator's direction, in the group's best quartile, and for survey scores outside the own 95% interval. They are ordered by structural distance (0 = equal, 1 = the most different municipality of the year; on inhabitants and address density). When the municipality itself is in the best quartile and nobody does measurably better, the structurally nearest municipalities of the worst quartile are listed instead: they can learn from you. Neutral indicators have no learning partners."),
        };
        if (!c.Mask.IsAnonymous)
        {
            paragraphs.Add(w.Pick("Leden: ", "Members: ") + string.Join(", ", group.Members.Select(m => $"{c.Mask.Name(m)} ({m})")) + ".");
        }

        return new AppendixBlock(w.Pick("Vergelijkingsgroep", "Peer group"), paragraphs);
    }

    private static string Formula(DerivedFormula f, IndicatorCatalog catalog, Language w)
    {
        string Name(string code) => catalog.TryGet(code, out var i) ? w.Pick(i.Name) : code;
        string Sum(IReadOnlyList<string> codes) => codes.Count > 1 ? "(" + string.Join(" + ", codes.Select(Name)) + ")" : Name(codes[0]);
        var scale = f.Scale == 1 ? string.Empty : f.Scale.ToString("N0", w.Culture) + " × ";
        return scale + Sum(f.Numerator) + " / " + Sum(f.Denominator);
    }
}
