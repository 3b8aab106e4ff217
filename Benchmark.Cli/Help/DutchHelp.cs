using System.Collections.Frozen;

namespace Benchmark.Cli.Help;

/// <summary>The Dutch of every help text (option and command descriptions), keyed by the English text in the code.</summary>
internal static class DutchHelp
{
    public static FrozenDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A header to ignore knowingly, though it looks like a catalogue column (otherwise an error: 'did you mean …?'). Repeatable."] =
            "Een kop die bewust wordt genegeerd, ook al lijkt hij op een kolom uit de catalogus (anders een fout: 'bedoelt u …?'). Herhaalbaar.",
        ["A learning-circle report: every member of the named group side by side (needs --groups FILE)."] =
            "Een leerkringrapport: alle leden van de genoemde groep naast elkaar (vraagt --groups BESTAND).",
        ["Also write every observation's rank in its group to FILE (CSV: indicator,year,group,code,rank; 1 = best, lowest first for neutral indicators; missing values and suppressed groups have no rank)."] =
            "Schrijf ook de rang van elke waarde in haar groep naar BESTAND (CSV: indicator,year,group,code,rank; 1 = gunstigst, bij neutrale indicatoren de laagste eerst; ontbrekende waarden en onderdrukte groepen hebben geen rang).",
        ["Also write the synthetic indicators' catalogue (JSON) for --catalog."] =
            "Schrijf ook de catalogus van de synthetische indicatoren (JSON) voor --catalog.",
        ["Also write the units' municipality reference (code;name;province;inhabitants) for --municipalities."] =
            "Schrijf ook de gemeentereferentie van de eenheden (code;naam;provincie;inwoners) voor --municipalities.",
        ["CSV files to compute from instead of the store (wide or long; several years together). Repeat the option or list the files after it."] =
            "CSV- of .xlsx-bestanden om mee te rekenen in plaats van de opslag (breed of lang; meerdere jaren samen). Herhaal de optie of noem de bestanden erachter.",
        ["CSV files to import; each becomes a dataset version."] =
            "Bestanden om in te lezen (CSV of .xlsx); elk wordt een datasetversie.",
        ["CSV for [green]invariant[/] tools (default: [green],[/], decimal point, no BOM) or [green]excel-nl[/] (a Dutch Excel: [green];[/], decimal comma, UTF-8 BOM); implies --format csv."] =
            "CSV voor [green]invariant[/]e hulpmiddelen (standaard: [green],[/], decimale punt, geen BOM) of [green]excel-nl[/] (een Nederlandse Excel: [green];[/], decimale komma, UTF-8 BOM); betekent ook --format csv.",
        ["Confirm: without it nothing is deleted."] =
            "Bevestiging: zonder deze optie wordt niets verwijderd.",
        ["Decimal separator in the files: [green]auto[/] (default: detected per file), [green]comma[/] (1.234,5) or [green]point[/] (1,234.5)."] =
            "Decimaalteken in de bestanden: [green]auto[/] (standaard: per bestand vastgesteld), [green]comma[/] (1.234,5) of [green]point[/] (1,234.5).",
        ["Folder to write the generated samples to (created when missing; existing sample files are overwritten)."] =
            "Map waarin de voorbeeldbestanden komen (wordt aangemaakt; bestaande voorbeeldbestanden worden overschreven).",
        ["Folder with the sample files (default: the repository's samples/ folder, found from the current directory)."] =
            "Map met de voorbeeldbestanden (standaard: de map samples/ van de repository, gezocht vanuit de huidige map).",
        ["Height in pixels (default 520)."] =
            "Hoogte in pixels (standaard 520).",
        ["Indicator catalogue (JSON, the format of the built-in one) whose indicators replace or extend the built-in ones."] =
            "Indicatorcatalogus (JSON, het formaat van de ingebouwde) waarvan de indicatoren de ingebouwde vervangen of aanvullen.",
        ["Language for people: [green]nl[/] (default) or [green]en[/]. Machine output is always invariant."] =
            "Taal voor mensen: [green]nl[/] (standaard) of [green]en[/]. Machine-uitvoer is altijd taalonafhankelijk.",
        ["Language for people: [green]nl[/] (default) or [green]en[/]."] =
            "Taal voor mensen: [green]nl[/] (standaard) of [green]en[/].",
        ["Layout: [green]long[/] (gemeentecode;jaar;indicator;waarde, default) or [green]wide[/] (a column per indicator)."] =
            "Indeling: [green]long[/] (gemeentecode;jaar;indicator;waarde, standaard) of [green]wide[/] (een kolom per indicator).",
        ["Municipality reference (code, name, province, inhabitants[[, year]]) that replaces or extends the built-in CBS 2024 reference."] =
            "Gemeentereferentie (code, naam, provincie, inwoners[[, jaar]]) die de ingebouwde CBS-referentie 2024 vervangt of aanvult.",
        ["Municipality whose peer comparison the demo shows (default GM0193 Zwolle)."] =
            "Gemeente waarvan de demo de vergelijking laat zien (standaard GM0193 Zwolle).",
        ["Named groups (learning circles): a CSV with columns groep;gemeentecode, one row per member."] =
            "Benoemde groepen (leerkringen): een CSV met de kolommen groep;gemeentecode, een rij per lid.",
        ["Number of consecutive years, ending with --last-year."] =
            "Aantal opeenvolgende jaren, eindigend met --last-year.",
        ["Number of planted outliers (× 6 or ÷ 6); default one per 100,000 cells, at least 3."] =
            "Aantal geplante uitschieters (× 6 of ÷ 6); standaard één per 100.000 cellen, minstens 3.",
        ["Number of synthetic indicators syn_01, syn_02, … (1–999)."] =
            "Aantal synthetische indicatoren syn_01, syn_02, … (1–999).",
        ["Number of units (municipalities), 1–100000: codes GM0000, GM0001, … GM9999, then the extended codes GM10000 … GM99999."] =
            "Aantal eenheden (gemeenten), 1–100000: codes GM0000, GM0001, … GM9999, daarna de uitgebreide codes GM10000 … GM99999.",
        ["One PDF per municipality with data in the year, in the folder given by --out (uses every core)."] =
            "Een PDF per gemeente met gegevens in het jaar, in de map van --out (gebruikt alle kernen).",
        ["One or more CSV or .xlsx files: wide (a column per figure), long (indicator and value columns) or a municipality reference."] =
            "Een of meer CSV- of .xlsx-bestanden: breed (een kolom per gegeven), lang (kolommen indicator en waarde) of een gemeentereferentie.",
        ["Only this indicator (code or alias); default every indicator with a better direction."] =
            "Alleen deze indicator (code of alias); standaard elke indicator met een gunstige richting.",
        ["Only this year (default: every year in the data)."] =
            "Alleen dit jaar (standaard: elk jaar in de gegevens).",
        ["Only this year (default: every year)."] =
            "Alleen dit jaar (standaard: elk jaar).",
        ["Optional: rank this municipality's peer group and highlight it. Without it every group of the method is ranked."] =
            "Optioneel: rangschik de vergelijkingsgroep van deze gemeente en licht haar uit. Zonder: elke groep van de methode.",
        ["Output: [green]text[/] (default: tables for people), [green]csv[/] (for scripts: [green],[/] and decimal point; for a Dutch Excel add [green]--csv excel-nl[/]) [green]json[/] or [green]xlsx[/] (an Excel workbook, with --out FILE.xlsx) where the command supports it."] =
            "Uitvoer: [green]text[/] (standaard: tabellen voor mensen), [green]csv[/] (voor scripts: [green],[/] en decimale punt; voor een Nederlandse Excel: [green]--csv excel-nl[/]), [green]json[/] of [green]xlsx[/] (een Excel-werkmap, met --out BESTAND.xlsx), waar de opdracht het ondersteunt.",
        ["Peer group: [green]all[/], [green]size-class[/] (default), [green]size-class-ex-g4[/], [green]province[/], [green]group:NAME[/] (with --groups) or [green]nearest[[:K]][/]."] =
            "Vergelijkingsgroep: [green]all[/], [green]size-class[/] (standaard), [green]size-class-ex-g4[/], [green]province[/], [green]group:NAAM[/] (met --groups) of [green]nearest[[:K]][/].",
        ["Seed of the generator (default 2024: the committed samples)."] =
            "Startwaarde van de generator (standaard 2024: de vastgelegde voorbeelden).",
        ["Seed: the same options give the same bytes on every machine."] =
            "Startwaarde: dezelfde opties geven op elke machine dezelfde bytes.",
        ["Share of values left empty (missing), 0–0.5 (default 0.02)."] =
            "Aandeel lege (ontbrekende) waarden, 0–0.5 (standaard 0.02).",
        ["Show every other municipality as a stable letter (Gemeente A, B, …); names appear nowhere in the PDF."] =
            "Toon elke andere gemeente als vaste letter (Gemeente A, B, …); namen staan nergens in de PDF.",
        ["Show every other municipality as a stable letter."] =
            "Toon elke andere gemeente als vaste letter.",
        ["Store the valid rows of a file with errors; every rejected row is kept in the quarantine (benchmark datasets show ID)."] =
            "Sla de geldige rijen van een bestand met fouten op; elke afgewezen rij blijft in quarantaine (benchmark datasets show ID).",
        ["Text output: after the summary per rule, show the details of at most N findings per file (default 20; 0 = all). JSON always has all of them."] =
            "Tekstuitvoer: na de samenvatting per regel de details van hoogstens N bevindingen per bestand (standaard 20; 0 = alle). JSON heeft ze altijd allemaal.",
        ["The PDF to write (default benchmark-GMxxxx-YEAR.pdf); with --all the folder for the PDFs."] =
            "De PDF die wordt geschreven (standaard benchmark-GMxxxx-JAAR.pdf); met --all de map voor de PDF's.",
        ["Also export survey scores below the publication threshold (fewer than 50 respondents or an unknown number): only for a complete copy into another store, never to share."] =
            "Exporteer ook enquêtescores onder de publicatiedrempel (minder dan 50 respondenten of een onbekend aantal): alleen voor een volledige kopie naar een andere opslag, nooit om te delen.",
        ["With --input: a respondent file (experience survey) whose aggregates give the report its experience-survey page; from the store the imported survey is used."] =
            "Met --input: een respondentbestand (belevingsonderzoek) waarvan de aggregaten het rapport zijn belevingsonderzoekpagina geven; uit de opslag komt het ingelezen onderzoek.",
        ["With --input: an explanations file (as benchmark explain export writes it) whose latest explanations the report shows beside the values; from the store the stored ones are used."] =
            "Met --input: een duidingenbestand (zoals benchmark explain export het schrijft) waarvan het rapport de laatste duidingen naast de waarden toont; uit de opslag komen de opgeslagen duidingen.",
        ["The data as they were after dataset version VERSION."] =
            "De gegevens zoals ze waren na datasetversie VERSIE.",
        ["The data file to write (CSV: ';' separator, decimal comma, UTF-8)."] =
            "Het gegevensbestand dat wordt geschreven (CSV: scheidingsteken ';', decimale komma, UTF-8).",
        ["The dataset version (see benchmark datasets)."] =
            "De datasetversie (zie benchmark datasets).",
        ["The dataset version to delete; the values it superseded become active again."] =
            "De datasetversie die wordt verwijderd; de waarden die zij verving worden weer actief.",
        ["The file to write: .png or .svg."] =
            "Het bestand dat wordt geschreven: .png of .svg.",
        ["The indicator (code or alias); not needed for --kind overview."] =
            "De indicator (code of alias); niet nodig bij --kind overview.",
        ["The indicator: code (overhead_pct) or a Dutch/English alias (\"overhead %\")."] =
            "De indicator: code (overhead_pct) of een Nederlandse/Engelse alias (\"overhead %\").",
        ["The last year (default 2024)."] =
            "Het laatste jaar (standaard 2024).",
        ["The municipality: CBS code (GM0193) or name (Zwolle)."] =
            "De gemeente: CBS-code (GM0193) of naam (Zwolle).",
        ["The municipality: CBS code (GM0193) or name. With --group: the member to highlight (optional)."] =
            "De gemeente: CBS-code (GM0193) of naam. Met --group: het lid dat wordt uitgelicht (optioneel).",
        ["The organisation named as author of the PDF (default: Benchmark), e.g. \"Gemeente Zwolle, team Bedrijfsvoering\"."] =
            "De organisatie die als auteur van de PDF staat (standaard: Benchmark), bijv. \"Gemeente Zwolle, team Bedrijfsvoering\".",
        ["The store (default ./benchmark.db or $BENCHMARK_DB; created when missing), a PostgreSQL connection string or a postgres:// URL."] =
            "De opslag (standaard ./benchmark.db of $BENCHMARK_DB; wordt aangemaakt), een PostgreSQL-verbindingstekst of een postgres://-URL.",
        ["The store to read (default ./benchmark.db or $BENCHMARK_DB; a PostgreSQL connection string or postgres:// URL for a shared one). Ignored with --input."] =
            "De opslag om te lezen (standaard ./benchmark.db of $BENCHMARK_DB; een PostgreSQL-verbindingstekst of postgres://-URL voor een gedeelde). Genegeerd met --input.",
        ["The store: a SQLite file (default ./benchmark.db or $BENCHMARK_DB), a PostgreSQL connection string or a postgres:// URL."] =
            "De opslag: een SQLite-bestand (standaard ./benchmark.db of $BENCHMARK_DB), een PostgreSQL-verbindingstekst of een postgres://-URL.",
        ["The workbook to write (default benchmark-YEAR.xlsx)."] =
            "De werkmap die wordt geschreven (standaard benchmark-JAAR.xlsx).",
        ["The worksheet to read from .xlsx files (default: the first visible sheet)."] =
            "Het werkblad dat uit .xlsx-bestanden wordt gelezen (standaard: het eerste zichtbare blad).",
        ["The year (default: the latest year in the data)."] =
            "Het jaar (standaard: het laatste jaar in de gegevens).",
        ["The year the figures are for (a row per municipality that exists in it)."] =
            "Het jaar waarover de cijfers gaan (een rij per gemeente die dan bestaat).",
        ["Use the stored data as they were after dataset version VERSION (see benchmark datasets)."] =
            "Gebruik de opgeslagen gegevens zoals ze waren na datasetversie VERSIE (zie benchmark datasets).",
        ["Who imports (default: the user name)."] =
            "Wie inleest (standaard: de gebruikersnaam).",
        ["Width in pixels (default 900)."] =
            "Breedte in pixels (standaard 900).",
        ["Write the quarantined rows (line, text, reasons) to a CSV file."] =
            "Schrijf de rijen in quarantaine (regel, tekst, redenen) naar een CSV-bestand.",
        ["Write to FILE (CSV unless --format json) instead of the console."] =
            "Schrijf naar BESTAND (CSV, tenzij --format json of xlsx) in plaats van naar het scherm.",
        ["Write to FILE instead of standard output."] =
            "Schrijf naar BESTAND in plaats van naar de standaarduitvoer.",
        ["Write to FILE instead of the console (needed for --format xlsx)."] =
            "Schrijf naar BESTAND in plaats van naar het scherm (nodig bij --format xlsx).",
        ["[green]ranked[/] (default), [green]trend[/] or [green]overview[/]."] =
            "[green]ranked[/] (standaard), [green]trend[/] of [green]overview[/].",
        ["The main job on the bundled samples: import every year into a fresh store (benchmark-demo/), compare one municipality, write its PDF."] =
            "De hoofdtaak op de meegeleverde voorbeelden: elk jaar inlezen in een nieuwe opslag (benchmark-demo/), een gemeente vergelijken, haar PDF schrijven.",
        ["Check CSV files and report every problem by line and column (exit 0 ok, 1 errors, 2 usage/unreadable)."] =
            "Controleer CSV- en .xlsx-bestanden en meld elk probleem met regel en kolom (exitcode 0 goed, 1 fouten, 2 gebruik/onleesbaar).",
        ["Store files as dataset versions (exit 0 stored, 1 rejected, 2 usage/unreadable)."] =
            "Sla bestanden op als datasetversies (exitcode 0 opgeslagen, 1 afgewezen, 2 gebruik/onleesbaar).",
        ["Dataset versions in the store: list, show one (report, quarantine), delete one."] =
            "Datasetversies in de opslag: overzicht, één tonen (rapport, quarantaine), één verwijderen.",
        ["A version's validation report and quarantine."] =
            "Het controlerapport en de quarantaine van een versie.",
        ["Delete a version (explicit: needs --yes)."] =
            "Verwijder een versie (uitdrukkelijk: vraagt --yes).",
        ["The active values (optionally as of a version) as a long CSV or JSON that import reads back."] =
            "De actieve waarden (desgewenst per versie) als lange CSV, JSON of werkmap die import weer inleest.",
        ["Position of one municipality in its peer group on every indicator."] =
            "Positie van een gemeente in haar vergelijkingsgroep op elke indicator.",
        ["League table of one indicator in a peer group (or every group of the method)."] =
            "Ranglijst van een indicator in een vergelijkingsgroep (of elke groep van de methode).",
        ["Group statistics for every indicator × year × group."] =
            "Groepsstatistieken voor elke indicator × jaar × groep.",
        ["The peer group of a municipality (with structural distances for nearest)."] =
            "De vergelijkingsgroep van een gemeente (met structurele afstanden bij nearest).",
        ["Learning partners: structurally close municipalities in the best quartile."] =
            "Leerpartners: structureel vergelijkbare gemeenten in het beste kwartiel.",
        ["Peer-comparison PDF report of a municipality (or --all, or a learning circle with --group)."] =
            "PDF-rapport van de vergelijking van een gemeente (of --all, of een leerkring met --group).",
        ["One chart of a report as PNG or SVG (ranked, trend or overview)."] =
            "Eén grafiek uit een rapport als PNG of SVG (ranked, trend of overview).",
        ["Deterministic synthetic data at any scale (units × years × indicators), with its reference and catalogue."] =
            "Reproduceerbare synthetische gegevens op elke schaal (eenheden × jaren × indicatoren), met referentie en catalogus.",
        ["The empty delivery workbook (.xlsx) of a year: a row per municipality, a column per figure, definitions as notes, valid ranges as data validation."] =
            "De lege aanleverwerkmap (.xlsx) van een jaar: een rij per gemeente, een kolom per gegeven, definities als notitie, geldige bereiken als gegevensvalidatie.",
        ["Write the seeded synthetic sample files (reproduces samples/ byte for byte)."] =
            "Schrijf de synthetische voorbeeldbestanden (maakt samples/ byte voor byte opnieuw).",
        ["Peer group: [green]default[/] (the size class; for a municipality more than 3 × larger or smaller than its class median, the municipalities of comparable size), [green]all[/], [green]size-class[/], [green]size-class-ex-g4[/], [green]province[/], [green]group:NAME[/] (with --groups) or [green]nearest[[:K]][/]."] =
            "Vergelijkingsgroep: [green]default[/] (de grootteklasse; voor een gemeente die meer dan 3 × groter of kleiner is dan de mediaan van haar klasse: de gemeenten van vergelijkbare omvang), [green]all[/], [green]size-class[/], [green]size-class-ex-g4[/], [green]province[/], [green]group:NAAM[/] (met --groups) of [green]nearest[[:K]][/].",
        ["Show every other municipality as a label (Gemeente K, Gemeente AB, …) that follows no public order; names, codes, provinces and inhabitants of others appear nowhere in the PDF."] =
            "Toon elke andere gemeente als label (Gemeente K, Gemeente AB, …) zonder openbare volgorde; namen, codes, provincies en inwonertallen van anderen staan nergens in de PDF.",
        ["With --anonymize: a secret text that draws the labels, so that reports made separately give a municipality the same label (default: the store's own secret; with --input a new one per run)."] =
            "Met --anonymize: een geheime tekst die de labels trekt, zodat los gemaakte rapporten een gemeente hetzelfde label geven (standaard: het eigen geheim van de opslag; met --input elke keer een nieuw).",
        // benchmark efficiency and benchmark index (issue 15).
        ["DEA model file (JSON): {\"inputs\": [[...]], \"outputs\": [[...]], \"orientation\": \"input|output\", \"returns\": \"variable|constant\"}. Default: inputs overhead_costs, ict_costs, fte_staffed; outputs inhabitants, addresses; BCC input-oriented."] =
            "DEA-modelbestand (JSON): {\"inputs\": [[...]], \"outputs\": [[...]], \"orientation\": \"input|output\", \"returns\": \"variable|constant\"}. Standaard: inputs overhead_costs, ict_costs, fte_staffed; outputs inhabitants, addresses; BCC, inputgericht.",
        ["DEA orientation: [green]input[/] (default: how far can inputs shrink) or [green]output[/] (how far can outputs grow)."] =
            "DEA-oriëntatie: [green]input[/] (standaard: hoeveel kan de inzet krimpen) of [green]output[/] (hoeveel kan de output groeien).",
        ["Returns to scale: [green]variable[/] (BCC, default) or [green]constant[/] (CCR)."] =
            "Schaalopbrengsten: [green]variable[/] (BCC, standaard) of [green]constant[/] (CCR).",
        ["Instead of the DEA: the expected value of this indicator given structure (robust regression on ln inhabitants and address density), with the 95% prediction interval and the structure-corrected gap."] =
            "In plaats van de DEA: de verwachte waarde van deze indicator gegeven de structuur (robuuste regressie op ln inwoners en adressendichtheid), met het 95%-voorspellingsinterval en het structuurgecorrigeerde verschil.",
        ["With --expected: [green]huber[/] (default, robust: outliers are down-weighted) or [green]ls[/] (least squares, as R's lm)."] =
            "Met --expected: [green]huber[/] (standaard, robuust: uitschieters wegen minder) of [green]ls[/] (kleinste kwadraten, als lm in R).",
        ["Indicators, comma-separated codes (default: every comparable indicator with a better direction)."] =
            "Indicatoren, codes gescheiden door komma's (standaard: elke vergelijkbare indicator met een gunstige richting).",
        ["Weights per indicator, e.g. overhead_pct=2,sickness_absence_pct=1 (others weigh 1; default equal)."] =
            "Gewichten per indicator, bijv. overhead_pct=2,sickness_absence_pct=1 (andere wegen 1; standaard gelijk).",
        ["Weights per theme (staff, costs, ict, service), e.g. costs=2,staff=1: a theme's weight is shared by its indicators."] =
            "Gewichten per thema (staff, costs, ict, service), bijv. costs=2,staff=1: het gewicht van een thema wordt over zijn indicatoren verdeeld.",
        ["Normalisation over all years: [green]minmax[/] (default), [green]zscore[/] or [green]rank[/]."] =
            "Normalisatie over alle jaren: [green]minmax[/] (standaard), [green]zscore[/] of [green]rank[/].",
        ["Aggregation: [green]arithmetic[/] (default) or [green]geometric[/]."] =
            "Aggregatie: [green]arithmetic[/] (rekenkundig, standaard) of [green]geometric[/] (meetkundig).",
        ["Monte Carlo draws of the uncertainty analysis (default 1000; 0 = none)."] =
            "Monte-Carlotrekkingen van de onzekerheidsanalyse (standaard 1000; 0 = geen).",
        ["Seed of the Monte Carlo (default 1): the same seed gives the same rank intervals."] =
            "Startwaarde van de Monte Carlo (standaard 1): dezelfde startwaarde geeft dezelfde rang-intervallen.",
        ["The municipality (CBS code or name) whose peer group (--peers) is analysed and highlighted; omitted: every municipality of the year."] =
            "De gemeente (CBS-code of naam) waarvan de vergelijkingsgroep (--peers) wordt geanalyseerd en gemarkeerd; weggelaten: elke gemeente van het jaar.",
        ["DEA frontier with reference peers (who does more with less?), or --expected: the value structure leads one to expect."] =
            "DEA-grens met referentiegemeenten (wie doet meer met minder?), of --expected: de waarde die de structuur doet verwachten.",
        ["Composite index with a Monte Carlo rank interval per municipality and a sensitivity table."] =
            "Samengestelde index met een Monte-Carlo-rang-interval per gemeente en een gevoeligheidstabel.",
    }.Concat(ConversationHelp.Texts).Concat(WebHelp.Texts).DistinctBy(kv => kv.Key, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
}
