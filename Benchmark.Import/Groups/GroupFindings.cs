using Benchmark.Municipalities;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Groups;

/// <summary>The findings of <see cref="GroupFileReader"/>, each with a Dutch and an English message and hint.</summary>
internal static class GroupFindings
{
    private const int HeaderLine = 1;

    private static readonly LocalizedText FormatHint = new(
        "Een groepenbestand heeft een kopregel groep;gemeentecode (optioneel gemeentenaam) en één regel per lid.",
        "A groups file has a header line groep;gemeentecode (optionally gemeentenaam) and one line per member.");

    public static Finding Unreadable(string file, string reason) => new(
        Severity.Error, Rules.FileUnreadable, file, 0, null, null,
        LocalizedText.Format("Het groepenbestand kan niet worden gelezen: {0}", "The groups file cannot be read: {0}", reason),
        new LocalizedText("Controleer het pad en of het bestand elders geopend is.", "Check the path and whether the file is open elsewhere."));

    public static Finding Empty(string file) => new(
        Severity.Error, Rules.FileUnreadable, file, 0, null, null,
        new LocalizedText("Het groepenbestand is leeg.", "The groups file is empty."),
        FormatHint);

    public static Finding UnknownColumn(string file, string header) => new(
        Severity.Warning, Rules.UnknownColumn, file, HeaderLine, header, header,
        LocalizedText.Format("Onbekende kolom '{0}': wordt genegeerd.", "Unknown column '{0}': ignored.", header),
        FormatHint);

    public static Finding DuplicateColumn(string file, string first, string second) => new(
        Severity.Error, Rules.DuplicateColumn, file, HeaderLine, second, second,
        LocalizedText.Format(
            "De kolommen '{0}' en '{1}' betekenen hetzelfde; het bestand is niet gebruikt.",
            "The columns '{0}' and '{1}' mean the same; the file was not used.",
            first,
            second),
        new LocalizedText("Verwijder of hernoem een van beide kolommen.", "Remove or rename one of the two columns."));

    public static Finding MissingColumn(string file, GroupColumn column, string[] headers)
    {
        var found = headers.Length == 0 ? "—" : string.Join(", ", headers);
        var (nl, en) = column == GroupColumn.Group
            ? ("De kolom met de groepsnaam ontbreekt (gevonden: {0}); het bestand is niet gebruikt.", "The group name column is missing (found: {0}); the file was not used.")
            : ("De kolom met de gemeentecode ontbreekt (gevonden: {0}); het bestand is niet gebruikt.", "The municipality code column is missing (found: {0}); the file was not used.");
        var hint = column == GroupColumn.Group
            ? new LocalizedText("Noem de kolom groep (of group, leerkring, naam).", "Name the column groep (or group, leerkring, naam).")
            : new LocalizedText("Noem de kolom gemeentecode (of code, gm-code, cbs-code).", "Name the column gemeentecode (or code, gm-code, cbs-code).");
        return new Finding(Severity.Error, Rules.MissingColumn, file, HeaderLine, null, null, LocalizedText.Format(nl, en, found), hint);
    }

    public static Finding FieldCount(string file, int line, int fields, int expected) => new(
        Severity.Error, Rules.FieldCount, file, line, null, null,
        LocalizedText.Format(
            "Deze regel heeft {0} velden, de kopregel {1}; de regel is niet gebruikt.",
            "This line has {0} fields, the header {1}; the line was not used.",
            fields,
            expected),
        new LocalizedText(
            "Controleer de scheidingstekens (; of ,) en aanhalingstekens in deze regel.",
            "Check the separators (; or ,) and quotes in this line."));

    public static Finding MalformedCode(string file, int line, string column, string value) => new(
        Severity.Error, Rules.MalformedCode, file, line, column, value,
        LocalizedText.Format(
            "'{0}' is geen gemeentecode; verwacht GM gevolgd door vier cijfers, bijvoorbeeld GM0363 (of door vijf cijfers die niet met 0 beginnen voor een uitgebreide code, bijvoorbeeld GM12345). De regel is niet gebruikt.",
            "'{0}' is not a municipality code; expected GM followed by four digits, e.g. GM0363 (or by five digits not starting with 0 for an extended code, e.g. GM12345). The line was not used.",
            value),
        new LocalizedText(
            "Gebruik de CBS-gemeentecode (GM0000) of, voor een eenheid buiten het CBS-bereik, een uitgebreide code (GM10000–GM99999).",
            "Use the CBS municipality code (GM0000) or, for a unit beyond the CBS range, an extended code (GM10000–GM99999)."));

    public static Finding UnknownCode(string file, int line, string column, string value, MunicipalityCode code) => new(
        Severity.Error, Rules.UnknownCode, file, line, column, value,
        LocalizedText.Format(
            "Gemeentecode {0} komt niet voor in de gemeentelijst; de regel is niet gebruikt.",
            "Municipality code {0} is not in the municipality reference; the line was not used.",
            code),
        new LocalizedText(
            "Controleer de code; na een herindeling heeft de nieuwe gemeente een nieuwe code.",
            "Check the code; after a merger the new municipality has a new code."));

    public static Finding MissingGroupName(string file, int line, string column, MunicipalityCode code) => new(
        Severity.Error, Rules.MissingGroupName, file, line, column, string.Empty,
        LocalizedText.Format(
            "De groepsnaam ontbreekt voor {0}; de regel is niet gebruikt.",
            "The group name is missing for {0}; the line was not used.",
            code),
        new LocalizedText("Vul op elke regel de naam van de groep in.", "Fill in the group name on every line."));

    public static Finding NameMismatch(string file, int line, string column, string name, Municipality municipality) => new(
        Severity.Warning, Rules.NameMismatch, file, line, column, name,
        LocalizedText.Format(
            "'{0}' is niet de naam van {1} ({2}); de code is aangehouden.",
            "'{0}' is not the name of {1} ({2}); the code was kept.",
            name,
            municipality.Code,
            municipality.Name),
        new LocalizedText("Controleer of de code de bedoelde gemeente is.", "Check that the code is the municipality you meant."));

    public static Finding Repeated(string file, int line, string column, string value, MunicipalityCode code, string group, int firstLine) => new(
        Severity.Warning, Rules.DuplicateRepeat, file, line, column, value,
        LocalizedText.Format(
            "{0} staat al in groep '{1}' (regel {2}); één keer geteld.",
            "{0} is already in group '{1}' (line {2}); counted once.",
            code,
            group,
            firstLine),
        new LocalizedText("Verwijder de dubbele regel.", "Remove the repeated line."));
}
