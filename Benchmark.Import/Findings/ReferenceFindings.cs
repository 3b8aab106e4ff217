using System.Globalization;
using Benchmark.Municipalities;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Findings;

/// <summary>Findings about municipality codes, names and indicators: what a value refers to.</summary>
internal static class ReferenceFindings
{
    public static Finding MalformedCode(string file, int line, string column, string value) => new(
        Severity.Error, Rules.MalformedCode, file, line, column, value,
        LocalizedText.Format(
            "'{0}' is geen gemeentecode; verwacht GM gevolgd door vier cijfers, bijvoorbeeld GM0363 (of door vijf cijfers die niet met 0 beginnen voor een uitgebreide code, bijvoorbeeld GM12345). De rij is afgewezen.",
            "'{0}' is not a municipality code; expected GM followed by four digits, for example GM0363 (or by five digits not starting with 0 for an extended code, for example GM12345). The row is rejected.",
            value),
        new LocalizedText(
            "Gebruik de gemeentecode van het CBS: GM0363, 0363 en 363 worden alle drie herkend. Eenheden buiten het CBS-bereik krijgen een uitgebreide code GM10000–GM99999.",
            "Use the CBS municipality code: GM0363, 0363 and 363 are all recognised. Units beyond the CBS range get an extended code GM10000–GM99999."));

    public static Finding NotInReference(string file, int line, string column, string value, MunicipalityCode code) => new(
        Severity.Error, Rules.UnknownCode, file, line, column, value,
        LocalizedText.Format(
            "Gemeentecode {0} komt niet voor in de gemeentereferentie; de rij is afgewezen.",
            "Municipality code {0} is not in the municipality reference; the row is rejected.",
            code),
        new LocalizedText(
            "Controleer de code. Gaat het om een nieuwe of opgeheven gemeente, geef dan een gemeentebestand op met --municipalities.",
            "Check the code. For a new or dissolved municipality, give a municipality file with --municipalities."));

    public static Finding NotInYear(string file, int line, string column, string value, Municipality municipality, int year) => new(
        Severity.Error, Rules.UnknownCode, file, line, column, value,
        LocalizedText.Format(
            "Gemeente {0} ({1}) bestond niet in {2} (wel van {3} tot en met {4}); de rij is afgewezen.",
            "Municipality {0} ({1}) did not exist in {2} (it exists from {5} to {6}); the row is rejected.",
            municipality.Code, municipality.Name, year,
            municipality.ValidFrom?.ToString(CultureInfo.InvariantCulture) ?? "het begin",
            municipality.ValidTo?.ToString(CultureInfo.InvariantCulture) ?? "nu",
            municipality.ValidFrom?.ToString(CultureInfo.InvariantCulture) ?? "the start",
            municipality.ValidTo?.ToString(CultureInfo.InvariantCulture) ?? "now"),
        new LocalizedText(
            "Gebruik de code van de gemeente zoals die in dat jaar bestond, of corrigeer het jaar.",
            "Use the code of the municipality as it existed in that year, or correct the year."));

    public static Finding NameMismatch(string file, int line, string column, string value, Municipality expected) => new(
        Severity.Warning, Rules.NameMismatch, file, line, column, value,
        LocalizedText.Format(
            "Naam '{0}' past niet bij gemeentecode {1}, die '{2}' heet; de rij is wel ingelezen, op de code.",
            "Name '{0}' does not match municipality code {1}, which is '{2}'; the row is read all the same, by its code.",
            value, expected.Code, expected.Name),
        new LocalizedText(
            "Controleer of de code of de naam fout is: de code is leidend.",
            "Check whether the code or the name is wrong: the code decides."));

    /// <summary>An indicator in a long file that the catalogue does not know (rule <c>structure.unknown-column</c>, an error: the value is rejected).</summary>
    public static Finding UnknownIndicator(string file, int line, string column, string value) => new(
        Severity.Error, Rules.UnknownIndicator, file, line, column, value,
        LocalizedText.Format(
            "Onbekende indicator '{0}'; deze waarde is niet ingelezen.",
            "Unknown indicator '{0}'; this value is not read.",
            value),
        new LocalizedText(
            "Gebruik een code of alias uit de indicatorcatalogus, bijvoorbeeld overhead_pct of 'Totale lasten'.",
            "Use a code or alias from the indicator catalogue, for example overhead_pct or 'Total expenditure'."));

    public static Finding RepeatedYear(string file, int line, string column, string value, MunicipalityCode code, int year, int firstLine) => new(
        Severity.Warning, Rules.DuplicateRepeat, file, line, column, value,
        LocalizedText.Format(
            "Gemeente {0} heeft voor {1} al dezelfde waarde op regel {2}; één ervan wordt bewaard.",
            "Municipality {0} already has the same value for {1} on line {2}; one of them is kept.",
            code, year, firstLine),
        new LocalizedText("Verwijder de dubbele rij.", "Remove the duplicate row."));

    public static Finding ConflictingYear(string file, int line, string column, string value, MunicipalityCode code, int year, int firstLine) => new(
        Severity.Error, Rules.DuplicateConflict, file, line, column, value,
        LocalizedText.Format(
            "Gemeente {0} heeft voor {1} al een andere waarde op regel {2}; beide waarden zijn afgewezen.",
            "Municipality {0} already has a different value for {1} on line {2}; both values are rejected.",
            code, year, firstLine),
        new LocalizedText("Houd één rij per gemeente en jaar over, met de juiste waarde.", "Keep one row per municipality and year, with the right value."));
}
