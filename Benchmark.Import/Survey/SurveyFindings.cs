using Benchmark.Survey;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Survey;

/// <summary>
/// The findings of <see cref="SurveyFileReader"/>. Privacy: no finding carries a respondent id or an answer as written —
/// the line and column locate the problem in the analyst's own file.
/// </summary>
internal static class SurveyFindings
{
    private const int HeaderLine = 1;

    private static readonly LocalizedText FormatHint = new(
        "Een respondentbestand heeft de kolommen respondent;gemeentecode;jaar;onderzoek;vragenlijstversie;afdeling (optioneel);item;antwoord.",
        "A respondent file has the columns respondent;gemeentecode;jaar;onderzoek;vragenlijstversie;afdeling (optional);item;antwoord.");

    public static Finding Unreadable(string file, string reason) => new(
        Severity.Error, Rules.FileUnreadable, file, 0, null, null,
        LocalizedText.Format("Het respondentbestand kan niet worden gelezen: {0}", "The respondent file cannot be read: {0}", reason),
        new LocalizedText("Controleer het pad en of het bestand elders geopend is.", "Check the path and whether the file is open elsewhere."));

    public static Finding UnknownColumn(string file, string header) => new(
        Severity.Warning, Rules.UnknownColumn, file, HeaderLine, header, header,
        LocalizedText.Format("Onbekende kolom '{0}': wordt genegeerd.", "Unknown column '{0}': ignored.", header), FormatHint);

    public static Finding DuplicateColumn(string file, string first, string second) => new(
        Severity.Error, Rules.DuplicateColumn, file, HeaderLine, second, second,
        LocalizedText.Format("De kolommen '{0}' en '{1}' betekenen hetzelfde; het bestand is niet gelezen.", "The columns '{0}' and '{1}' mean the same; the file was not read.", first, second),
        new LocalizedText("Verwijder of hernoem een van beide kolommen.", "Remove or rename one of the two columns."));

    public static Finding MissingColumn(string file, SurveyColumn column) => new(
        Severity.Error, Rules.MissingColumn, file, HeaderLine, null, null,
        LocalizedText.Format("De kolom '{0}' ontbreekt; het bestand is niet gelezen.", "The column '{0}' is missing; the file was not read.", SurveyColumns.Name(column)), FormatHint);

    public static Finding FieldCount(string file, int line, int actual, int expected) => new(
        Severity.Error, Rules.FieldCount, file, line, null, null,
        LocalizedText.Format("Regel met {0} velden, de kopregel heeft er {1}; de regel is niet gelezen.", "Row with {0} fields, the header has {1}; the row was not read.", actual, expected),
        new LocalizedText("Controleer scheidingstekens en aanhalingstekens in deze regel.", "Check separators and quotes in this row."));

    public static Finding InvalidKey(string file, int line, string column, LocalizedText what) => new(
        Severity.Error, SurveyRules.InvalidKey, file, line, column, null,
        new LocalizedText(what.Nl + "; het antwoord is niet gelezen.", what.En + "; the answer was not read."),
        FormatHint);

    public static Finding UnknownMunicipality(string file, int line, string column, string code, LocalizedText why) => new(
        Severity.Error, SurveyRules.UnknownMunicipality, file, line, column, code,
        new LocalizedText($"Gemeente '{code}' {why.Nl}; het antwoord is niet gelezen.", $"Municipality '{code}' {why.En}; the answer was not read."),
        new LocalizedText("Lever respondentdata alleen voor gemeenten die in de jaarlevering van dat jaar staan, of importeer eerst het jaarbestand.", "Deliver respondent data only for municipalities in that year's yearly delivery, or import the yearly file first."));

    public static Finding UnknownItem(string file, int line, string column, string item, LocalizedText why) => new(
        Severity.Error, SurveyRules.UnknownItem, file, line, column, item,
        new LocalizedText($"Item '{item}' {why.Nl}; het antwoord is niet gelezen.", $"Item '{item}' {why.En}; the answer was not read."),
        new LocalizedText("Gebruik de itemcodes van de itemcatalogus (benchmark survey items) of geef een eigen catalogus met --items.", "Use the item codes of the item catalogue (benchmark survey items) or give your own with --items."));

    public static Finding OutOfScale(string file, int line, string column, SurveyItem item) => new(
        Severity.Error, SurveyRules.OutOfScale, file, line, column, null,
        LocalizedText.Format(
            "Het antwoord op item {0} is geen geheel getal op de schaal {1}–{2} en geen 'weet niet'/geen antwoord; het is niet gelezen.",
            "The answer to item {0} is not a whole number on the scale {1}–{2} nor 'weet niet'/no answer; it was not read.",
            item.Code,
            item.ScaleMin,
            item.ScaleMax),
        new LocalizedText("Corrigeer het antwoord in de bron (het wordt om privacyredenen niet herhaald) of laat het leeg voor 'geen antwoord'.", "Correct the answer at the source (it is not repeated, for privacy) or leave it empty for 'no answer'."));

    public static Finding DuplicateAnswer(string file, int line, string column, string item, int firstLine) => new(
        Severity.Error, SurveyRules.DuplicateAnswer, file, line, column, item,
        LocalizedText.Format(
            "Dezelfde respondent beantwoordt item {0} een tweede keer (eerst op regel {1}); dit antwoord is niet gelezen.",
            "The same respondent answers item {0} a second time (first on line {1}); this answer was not read.",
            item,
            firstLine),
        new LocalizedText("Verwijder de dubbele regel of controleer de respondentnummers bij de export.", "Remove the repeated line or check the respondent ids in the export."));

    public static Finding UnknownVersion(string file, int line, string column, string version) => new(
        Severity.Warning, SurveyRules.UnknownVersion, file, line, column, version,
        LocalizedText.Format("Vragenlijstversie '{0}' staat niet in de itemcatalogus; de antwoorden zijn wel gelezen.", "Questionnaire version '{0}' is not in the item catalogue; the answers were read.", version),
        new LocalizedText("Controleer of de items van deze versie hetzelfde betekenen, of geef een catalogus met deze versie (--items).", "Check that this version's items mean the same, or give a catalogue with this version (--items)."));

    public static Finding StraightLining(string file, int line, string column, int items, int scaleMax) => new(
        Severity.Warning, SurveyRules.StraightLining, file, line, column, null,
        LocalizedText.Format(
            "Een respondent (vanaf regel {0}) geeft op alle {1} items van de schaal 1–{2} hetzelfde antwoord; de antwoorden tellen mee.",
            "A respondent (from line {0}) gives the same answer to all {1} items of the scale 1–{2}; the answers count.",
            line,
            items,
            scaleMax),
        new LocalizedText("Rechtlijnig invullen kan op weinig betrokkenheid wijzen; beoordeel of u deze respondent wilt uitsluiten.", "Straight-lining can mean little engagement; decide whether to exclude this respondent."));
}
