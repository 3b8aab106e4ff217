using Benchmark.Import.Detection;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Findings;

/// <summary>Findings about the structure of a file: unreadable, columns, field counts.</summary>
internal static class StructureFindings
{
    public static Finding Unreadable(string file, int line, UnreadableKind kind, string? detail, int maxRecordSize)
    {
        var (message, hint) = UnreadableTexts.For(kind, line, detail, maxRecordSize);
        return new Finding(Severity.Error, Rules.FileUnreadable, file, line, null, null, message, hint);
    }

    public static Finding UnknownColumn(string file, int line, string header) => new(
        Severity.Warning, Rules.UnknownColumn, file, line, header, header,
        LocalizedText.Format("Kolom '{0}' is onbekend en wordt genegeerd.", "Column '{0}' is not known and is ignored.", header),
        new LocalizedText(
            "Gebruik als kop een code of alias uit de indicatorcatalogus, of verwijder de kolom.",
            "Use a code or alias from the indicator catalogue as the header, or remove the column."));

    /// <summary>A header that is nearly the alias <paramref name="alias"/> of <paramref name="indicator"/>: an error, so the column is not lost.</summary>
    public static Finding ProbableTypo(string file, int line, string header, Catalog.Indicator indicator, string alias) => new(
        Severity.Error, Rules.ProbableTypo, file, line, header, header,
        LocalizedText.Format(
            "Kolom '{0}' is onbekend maar lijkt op '{1}' ({2}); bedoelt u '{1}'? Zonder die kolom ontbreekt {3} in dit bestand.",
            "Column '{0}' is not known but is close to '{1}' ({2}); did you mean '{1}'? Without it, {4} is missing from this file.",
            header, alias, indicator.Code, indicator.Name.Nl, indicator.Name.En),
        LocalizedText.Format(
            "Verbeter de kop in '{0}', of geef --ignore-column \"{1}\" als de kolom iets anders bevat.",
            "Correct the header to '{0}', or give --ignore-column \"{1}\" if the column holds something else.",
            alias, header));

    /// <summary>A catalogue figure missing from a wide file that has the figures before and after it.</summary>
    public static Finding AbsentColumn(string file, int line, Catalog.Indicator indicator) => new(
        Severity.Warning, Rules.Coverage, file, line, null, null,
        LocalizedText.Format(
            "Het bestand heeft geen kolom voor {0} ({1}), terwijl de kolommen ervoor en erna in de catalogus er wel zijn.",
            "The file has no column for {2} ({1}), while the columns before and after it in the catalogue are there.",
            indicator.Name.Nl, indicator.Code, indicator.Name.En),
        LocalizedText.Format(
            "Voeg de kolom toe (bijv. '{0}') als het gegeven er is; anders ontbreekt het voor elke gemeente in dit jaar.",
            "Add the column (e.g. '{0}') if the figure exists; otherwise it is missing for every municipality in this year.",
            indicator.Aliases.Count > 0 ? indicator.Aliases[0] : indicator.Code));

    public static Finding EmptyHeader(string file, int line, int position) => new(
        Severity.Warning, Rules.UnknownColumn, file, line, string.Empty, string.Empty,
        LocalizedText.Format("Kolom {0} heeft geen kop; de waarden erin worden genegeerd.", "Column {0} has no header; its values are ignored.", position),
        new LocalizedText(
            "Geef de kolom een kop uit de indicatorcatalogus, of verwijder de kolom.",
            "Give the column a header from the indicator catalogue, or remove the column."));

    /// <summary>A known column that this kind of file does not read (unit, source, province …): an info or warning.</summary>
    public static Finding IgnoredColumn(string file, int line, string header, Severity severity, LocalizedText reason) => new(
        severity, Rules.UnknownColumn, file, line, header, header,
        LocalizedText.Format("Kolom '{0}' wordt genegeerd: {1}", "Column '{0}' is ignored: {2}", header, reason.Nl, reason.En),
        new LocalizedText("Geen actie nodig als dat de bedoeling is.", "No action needed if that is intended."));

    public static Finding DuplicateColumn(string file, int line, string header, string firstHeader) => new(
        Severity.Error, Rules.DuplicateColumn, file, line, header, header,
        LocalizedText.Format(
            "Kolom '{0}' betekent hetzelfde als de eerdere kolom '{1}'; alleen de waarden van '{1}' worden ingelezen, '{0}' wordt genegeerd.",
            "Column '{0}' means the same as the earlier column '{1}'; only the values of '{1}' are read, '{0}' is ignored.",
            header, firstHeader),
        new LocalizedText(
            "Verwijder een van beide kolommen, of hernoem de kolom die iets anders bedoelt.",
            "Remove one of the two columns, or rename the one that means something else."));

    /// <param name="file">The file.</param>
    /// <param name="line">The header line.</param>
    /// <param name="what">The missing column, e.g. "jaar" / "year".</param>
    /// <param name="names">The accepted header names.</param>
    /// <param name="rows">The number of rows rejected with the file.</param>
    /// <param name="extraHint">More advice, or <see langword="null"/>.</param>
    public static Finding MissingColumn(string file, int line, LocalizedText what, string names, int rows, LocalizedText? extraHint = null) => new(
        Severity.Error, Rules.MissingColumn, file, line, null, null,
        LocalizedText.Format(
            "Verplichte kolom ontbreekt: {0}. Het bestand is afgewezen: geen van de {2} rijen is ingelezen.",
            "Required column missing: {1}. The file is rejected: none of its {2} rows was read.",
            what.Nl, what.En, rows),
        LocalizedText.Format(
            "Voeg een kolom toe met als kop een van: {0}.{1}",
            "Add a column headed by one of: {0}.{2}",
            names, extraHint is null ? string.Empty : " " + extraHint.Nl, extraHint is null ? string.Empty : " " + extraHint.En));

    public static Finding FieldCount(string file, int line, int actual, int expected, char separator) => new(
        Severity.Error, Rules.FieldCount, file, line, null, null,
        LocalizedText.Format(
            "Deze rij heeft {0} velden, de kopregel {1}; de rij is afgewezen.",
            "This row has {0} fields, the header {1}; the row is rejected.",
            actual, expected),
        LocalizedText.Format(
            "Zet een waarde met een scheidingsteken ({0}) of een regeleinde tussen aanhalingstekens (\"), en verwijder overtollige scheidingstekens.",
            "Put a value that contains the separator ({1}) or a line break in quotes (\"), and remove extra separators.",
            SeparatorName(separator), SeparatorName(separator)));

    /// <summary>
    /// A record that could not be split into fields — a quote that is never closed, or a record over the size limit —
    /// skipped on its own: the row is rejected and reading went on at the next line.
    /// </summary>
    public static Finding BrokenRecord(string file, int line, bool quote, int maxRecordSize) => new(
        Severity.Error, Rules.FieldCount, file, line, null, null,
        quote
            ? LocalizedText.Format(
                "Op regel {0} opent een aanhalingsteken (\") dat nergens wordt gesloten, zodat de rij niet in velden te splitsen is; de rij is afgewezen en het lezen ging verder op regel {1}.",
                "A quote (\") opened on line {0} is never closed, so the row cannot be split into fields; the row is rejected and reading went on at line {1}.",
                line, line + 1)
            : LocalizedText.Format(
                "Het record dat op regel {0} begint is langer dan {2} bytes; de rij is afgewezen en het lezen ging verder op regel {1}.",
                "The record starting on line {0} is longer than {2} bytes; the row is rejected and reading went on at line {1}.",
                line, line + 1, maxRecordSize),
        LocalizedText.Format(
            "Sluit of verwijder het aanhalingsteken op regel {0}; een aanhalingsteken binnen een waarde schrijft u dubbel (\"\").",
            "Close or remove the quote on line {0}; a quote inside a value is written twice (\"\").",
            line));

    /// <summary>The separator as people say it: <c>;</c>, <c>,</c> or "tab".</summary>
    public static string SeparatorName(char separator) => separator == '\t' ? "tab" : separator.ToString();
}
