using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.PeerGroups;
using Benchmark.Reports.Model;
using Benchmark.Validation;

namespace Benchmark.Reports.Composition;

/// <summary>The method appendix: definitions and formulas, statistics, peer group, suppression, data quality, sources.</summary>
internal static class MethodAppendix
{
    /// <summary>The most findings listed for one municipality.</summary>
    private const int MaxFindings = 30;

    public static AppendixSection For(ReportContext c)
    {
        var w = c.Words;
        var blocks = new List<AppendixBlock>
        {
            Definitions(c.Comparison.Positions.Select(p => p.Indicator), c.Engine.Catalog, c.Numbers),
            Statistics(c.Engine, w),
            PeerGroup(c),
            Suppression(c.Engine, w, c.Mask.IsAnonymous),
            DataQuality(c),
            Sources(c.Options.Sources, c.Comparison.MethodVersion, c.Now, w),
        };
        return new AppendixSection(w.T("Verantwoording", "Method"), blocks);
    }

    /// <summary>A short description of a peer-group method.</summary>
    public static string PeerMethod(PeerGroupKind kind, Words w) => kind switch
    {
        PeerGroupKind.All => w.T("alle gemeenten met gegevens", "every municipality with data"),
        PeerGroupKind.SizeClass => w.T("gemeenten in dezelfde grootteklasse (inwoners)", "municipalities of the same size class (inhabitants)"),
        PeerGroupKind.SizeClassExcludingG4 => w.T("dezelfde grootteklasse, zonder de G4", "the same size class, without the G4"),
        PeerGroupKind.Province => w.T("gemeenten in dezelfde provincie", "municipalities of the same province"),
        PeerGroupKind.Named => w.T("een vaste groep (leerkring)", "a fixed group (learning circle)"),
        PeerGroupKind.Nearest => w.T("de structureel meest gelijkende gemeenten (CIPFA-methode)", "the structurally most similar municipalities (CIPFA method)"),
        _ => kind.ToString(),
    };

    public static AppendixBlock Definitions(IEnumerable<Indicator> indicators, IndicatorCatalog catalog, NumberText num)
    {
        var w = num.Words;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var i in indicators)
        {
            var definition = w.T(i.Description);
            if (i.Formula is { } f)
            {
                definition += (definition.Length > 0 ? " " : string.Empty) + w.T("Formule: ", "Formula: ") + Formula(f, catalog, w) + ".";
            }

            foreach (var version in i.Versions.Skip(1))
            {
                // A description that already names the series break is not told it twice ("(…: trendbreuk). (trendbreuk).").
                var text = w.T(version.Description).TrimEnd('.');
                var named = text.Contains(w.T("trendbreuk", "series break"), StringComparison.OrdinalIgnoreCase);
                definition += " " + (named
                    ? w.F("Vanaf {0}: {1}.", "From {0}: {1}.", version.ValidFrom, text)
                    : w.F("Vanaf {0}: {1} (trendbreuk).", "From {0}: {1} (series break).", version.ValidFrom, text));
            }

            rows.Add([w.T(i.Name), definition.Trim(), num.UnitLabel(i.Unit) + "; " + Tones.DirectionWords(i.Direction, w)]);
        }

        return new AppendixBlock(
            w.T("Indicatoren, definities en formules", "Indicators, definitions and formulas"),
            [w.T("De definities komen uit de indicatorcatalogus. Afgeleide indicatoren worden per gemeente berekend uit de aangeleverde bedragen en aantallen.", "The definitions come from the indicator catalogue. Derived indicators are computed per municipality from the delivered amounts and counts.")],
            new TextTable([w.T("Indicator", "Indicator"), w.T("Definitie", "Definition"), w.T("Eenheid en richting", "Unit and direction")], rows, []));
    }

    public static AppendixBlock Statistics(BenchmarkEngine engine, Words w) => new(
        w.T("Statistiek", "Statistics"),
        [
            w.F(
                "Mediaan en kwartielen (Q1, Q3) volgens Hyndman & Fan type {0} (R{0}; gelijk aan Excel KWARTIEL.INC/PERCENTIEL.INC), over de waarden van de groepsleden; ontbrekende waarden tellen niet mee.",
                "Median and quartiles (Q1, Q3) by Hyndman & Fan type {0} (R{0}; the same as Excel QUARTILE.INC/PERCENTILE.INC), over the members' values; missing values are left out.",
                (int)engine.Options.QuantileMethod),
            w.T(
                "Rang: 1 = gunstigst in de richting van de indicator; gelijke waarden delen de laagste rang (competitierang ‘1224’). Neutrale indicatoren worden oplopend gerangschikt. Kwartielpositie 1–4 met inclusieve grenzen: een waarde precies op Q1 hoort bij het beste kwartiel (lager is gunstiger). Percentielpositie = 100 × (aantal minder gunstige waarden) / (n − 1).",
                "Rank: 1 = best in the indicator's direction; equal values share the lowest rank (competition rank ‘1224’). Neutral indicators are ranked ascending. Quartile position 1–4 with inclusive boundaries: a value exactly at Q1 belongs to the best quartile (lower is better). Percentile position = 100 × (number of less favourable values) / (n − 1)."),
            w.F(
                "Uitschieter: robuuste z = (waarde − mediaan) / (1,4826 × MAD) groter dan {0:N1} in absolute waarde. Enquêtescores: 95%-betrouwbaarheidsinterval met Student-t en eindige-populatiecorrectie; het verschil met de mediaan is significant als de mediaan buiten het interval valt.",
                "Outlier: robust z = (value − median) / (1.4826 × MAD) above {0:N1} in absolute value. Survey scores: 95% confidence interval with Student's t and the finite-population correction; the difference from the median is significant when the median lies outside the interval.",
                engine.Options.OutlierThreshold),
            w.T(
                "Euro-bedragen in de tekst (zoals ‘op de mediaan zou dat € 2,1 mln lagere overheadlasten betekenen’) zijn het verschil in de indicator maal de eigen noemer van de gemeente (bij overhead: de totale lasten / 100).",
                "Euro amounts in the text (such as ‘at the median that would mean €2.1 million less in overhead costs’) are the difference in the indicator times the municipality's own denominator (for overhead: total expenditure / 100)."),
        ]);

    public static AppendixBlock Suppression(BenchmarkEngine engine, Words w, bool anonymous)
    {
        var paragraphs = new List<string>
        {
            w.F(
                "Groepsstatistieken (mediaan, kwartielen, rangen, leerpartners) worden alleen getoond als de groep ten minste {0} waarden heeft; anders staat er ‘onderdrukt’ met de reden. Zo zijn individuele gemeenten niet te herleiden en blijven toevalstreffers buiten beeld.",
                "Group statistics (median, quartiles, ranks, learning partners) are shown only when the group has at least {0} values; otherwise the report says ‘suppressed’ and why. This keeps individual municipalities from being singled out and keeps chance results out of view.",
                engine.Options.MinimumGroupSize),
            w.F(
                "Enquêtescores met minder dan {0} respondenten zijn gemarkeerd (‘< drempel’) en alleen als indicatie te lezen.",
                "Survey scores with fewer than {0} respondents are marked (‘below threshold’) and should be read as an indication only.",
                engine.Options.SurveyPublicationThreshold),
        };
        if (anonymous)
        {
            paragraphs.Add(w.T(
                "Dit rapport is geanonimiseerd: andere gemeenten staan als vaste letter (op volgorde van CBS-code) in tabellen, grafieken en leerpartnerlijsten; hun namen staan nergens in het document, ook niet in de metadata.",
                "This report is anonymized: other municipalities appear as a fixed letter (in order of CBS code) in tables, charts and partner lists; their names appear nowhere in the document, not even in its metadata."));
        }

        return new AppendixBlock(w.T("Onderdrukking en vertrouwelijkheid", "Suppression and confidentiality"), paragraphs);
    }

    public static AppendixBlock Sources(IReadOnlyList<DatasetSource> sources, string methodVersion, DateTimeOffset now, Words w)
    {
        var rows = sources.Select(s => (IReadOnlyList<string>)[s.Name, s.Fingerprint]).ToList();
        return new AppendixBlock(
            w.T("Bronnen en versies", "Sources and versions"),
            [
                w.F(
                    "Methodeversie (indicatorcatalogus) {0}. Gegenereerd op {1}. De vingerafdruk is het begin van de SHA-256 van het bestand: een ander bestand geeft een andere vingerafdruk.",
                    "Method version (indicator catalogue) {0}. Generated on {1}. The fingerprint is the start of the SHA-256 of the file: a different file gives a different fingerprint.",
                    methodVersion,
                    w.Date(now)),
            ],
            rows.Count == 0 ? null : new TextTable([w.T("Dataset", "Dataset"), w.T("Vingerafdruk (SHA-256)", "Fingerprint (SHA-256)")], rows, []));
    }

    private static AppendixBlock PeerGroup(ReportContext c)
    {
        var w = c.Words;
        var group = c.Group;
        var paragraphs = new List<string>
        {
            w.F(
                "Vergelijkingsgroep: {0} ({1}). Methode {2}: {3}. Het lidmaatschap is per jaar bepaald; in de trendgrafieken is de mediaan van elk jaar die van de groep van dat jaar.",
                "Peer group: {0} ({1}). Method {2}: {3}. Membership is decided per year; in the trend charts each year's median is that of that year's group.",
                w.T(group.Name),
                w.F("{0} gemeenten", "{0} municipalities", group.Count),
                group.Spec,
                PeerMethod(group.Spec.Kind, w)),
            w.T(
                "Leerpartners zijn leden van de groep die in het beste kwartiel liggen, gesorteerd op structurele afstand (0 = gelijk, 1 = de meest verschillende gemeente van het jaar; op inwoners, oppervlakte en adressendichtheid).",
                "Learning partners are members of the group in the best quartile, ordered by structural distance (0 = equal, 1 = the most different municipality of the year; on inhabitants, area and address density)."),
        };
        if (!c.Mask.IsAnonymous)
        {
            paragraphs.Add(w.T("Leden: ", "Members: ") + string.Join(", ", group.Members.Select(m => $"{c.Mask.Name(m)} ({m})")) + ".");
        }

        return new AppendixBlock(w.T("Vergelijkingsgroep", "Peer group"), paragraphs);
    }

    private static AppendixBlock DataQuality(ReportContext c)
    {
        var w = c.Words;
        var lines = FocusLines(c.Engine.Data, c.Focus);
        var findings = c.Options.Findings
            .Where(f => f.File is not null && f.Line > 0 && lines.Contains((Path.GetFileName(f.File), f.Line)))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ToList();
        if (findings.Count == 0)
        {
            return new AppendixBlock(
                w.T("Datakwaliteit", "Data quality"),
                [w.F("De controle van de aanlevering gaf geen bevindingen op de regels van {0}.", "Validation found nothing on the rows of {0}.", c.FocusName)]);
        }

        var rows = findings.Take(MaxFindings).Select(f => (IReadOnlyList<string>)
        [
            $"{Path.GetFileName(f.File)}:{f.Line.ToString(CultureInfo.InvariantCulture)}",
            f.Column ?? "–",
            Severity(f.Severity, w),
            w.T(f.Message),
        ]).ToList();
        var intro = w.F(
            "De controle van de aanlevering gaf {0} bevinding(en) op de regels van {1}. Afgewezen waarden tellen niet mee in de vergelijking; waarschuwingen zijn meegenomen maar verdienen aandacht.",
            "Validation found {0} finding(s) on the rows of {1}. Rejected values are left out of the comparison; warnings are included but deserve attention.",
            findings.Count,
            c.FocusName);
        return new AppendixBlock(
            w.T("Datakwaliteit", "Data quality"),
            findings.Count > MaxFindings ? [intro, w.F("De eerste {0} staan hieronder.", "The first {0} are listed below.", MaxFindings)] : [intro],
            new TextTable([w.T("Bestand:regel", "File:line"), w.T("Kolom", "Column"), w.T("Soort", "Kind"), w.T("Bevinding", "Finding")], rows, []));
    }

    private static HashSet<(string File, int Line)> FocusLines(Dataset data, Municipalities.MunicipalityCode focus)
    {
        var lines = new HashSet<(string, int)>();
        foreach (var o in data.Observations)
        {
            if (o.Municipality == focus && o.Source.File is { } file && o.Source.Line > 0)
            {
                lines.Add((Path.GetFileName(file), o.Source.Line));
            }
        }

        return lines;
    }

    private static string Severity(Severity severity, Words w) => severity switch
    {
        Validation.Severity.Error => w.T("fout", "error"),
        Validation.Severity.Warning => w.T("waarschuwing", "warning"),
        _ => "info",
    };

    private static string Formula(DerivedFormula f, IndicatorCatalog catalog, Words w)
    {
        string Name(string code) => catalog.TryGet(code, out var i) ? w.T(i.Name) : code;
        string Sum(IReadOnlyList<string> codes) => codes.Count > 1 ? "(" + string.Join(" + ", codes.Select(Name)) + ")" : Name(codes[0]);
        var scale = f.Scale == 1 ? string.Empty : f.Scale.ToString("N0", w.Culture) + " × ";
        return scale + Sum(f.Numerator) + " / " + Sum(f.Denominator);
    }
}
