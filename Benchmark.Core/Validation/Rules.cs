using Benchmark.Text;

namespace Benchmark.Validation;

/// <summary>The ids and definitions of every validation rule. Ids are stable: scripts may match on them.</summary>
public static class Rules
{
    /// <summary>The file cannot be read or decoded, or is empty.</summary>
    public const string FileUnreadable = "file.unreadable";

    /// <summary>A workbook (.xlsx) feature the reader does not follow: a hidden sheet, merged header cells, a formula error.</summary>
    public const string Workbook = "file.workbook";

    /// <summary>A column header the catalogue does not know; the column is ignored (and said so).</summary>
    public const string UnknownColumn = "structure.unknown-column";

    /// <summary>A header that is nearly a catalogue alias (a typo): an error that names the probable column, so no figure is lost silently.</summary>
    public const string ProbableTypo = "structure.probable-typo";

    /// <summary>A long file names an indicator the catalogue does not know; that value is not read.</summary>
    public const string UnknownIndicator = "structure.unknown-indicator";

    /// <summary>A groups file row without a group name.</summary>
    public const string MissingGroupName = "structure.missing-group-name";

    /// <summary>Two columns mean the same figure.</summary>
    public const string DuplicateColumn = "structure.duplicate-column";

    /// <summary>A required column (municipality code, year; value and indicator in long files) is missing.</summary>
    public const string MissingColumn = "structure.missing-column";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string FieldCount = "structure.field-count";

    /// <summary>A value that is not a number.</summary>
    public const string NotANumber = "type.not-a-number";

    /// <summary>A number whose decimal separator cannot be told (<c>1,234</c> in a file without other evidence).</summary>
    public const string AmbiguousNumber = "type.ambiguous-number";

    /// <summary>A value outside the catalogue's valid range (percentages outside 0–100, negative costs, marks outside 1–10).</summary>
    public const string OutOfRange = "type.out-of-range";

    /// <summary>A zero where zero is implausible (a placeholder for "not delivered").</summary>
    public const string PlaceholderZero = "type.placeholder-zero";

    /// <summary>A year that is not a whole number within the accepted range.</summary>
    public const string InvalidYear = "type.invalid-year";

    /// <summary>A municipality code that is not <c>GM</c> and four digits (or five not starting with 0, an extended code).</summary>
    public const string MalformedCode = "reference.malformed-code";

    /// <summary>A well-formed municipality code that does not exist in that year.</summary>
    public const string UnknownCode = "reference.unknown-code";

    /// <summary>A municipality name that does not match the code.</summary>
    public const string NameMismatch = "reference.name-mismatch";

    /// <summary>The same municipality × year × figure twice with different values: both are rejected.</summary>
    public const string DuplicateConflict = "duplicate.conflict";

    /// <summary>The same municipality × year × figure twice with the same value: one is kept.</summary>
    public const string DuplicateRepeat = "duplicate.repeat";

    /// <summary>A part larger than its whole (overhead costs above total expenditure).</summary>
    public const string PartExceedsWhole = "consistency.part-exceeds-whole";

    /// <summary>Bezetting far above formatie.</summary>
    public const string StaffedAboveEstablishment = "consistency.staffed-above-establishment";

    /// <summary>A derived indicator given directly disagrees with the value computed from its components.</summary>
    public const string DerivedMismatch = "consistency.derived-mismatch";

    /// <summary>A value outside the catalogue's plausible range.</summary>
    public const string Implausible = "plausibility.implausible";

    /// <summary>A robust outlier within the year: |x − median| / (1.4826·MAD) above the threshold.</summary>
    public const string Outlier = "plausibility.outlier";

    /// <summary>A change from the previous year above the threshold.</summary>
    public const string YearOnYearJump = "plausibility.year-jump";

    /// <summary>A survey score with fewer respondents than the publication threshold, or without a respondent count.</summary>
    public const string SurveyBelowThreshold = "plausibility.survey-below-threshold";

    /// <summary>An indicator or municipality with low coverage.</summary>
    public const string Coverage = "completeness.coverage";

    /// <summary>A row of another municipality in a file an analyst uploads for their own municipality (the web's upload).</summary>
    public const string OtherMunicipality = "scope.other-municipality";

    /// <summary>Every rule, for documentation and help output.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        new(FileUnreadable, Severity.Error, "structure", T("Bestand niet leesbaar, leeg of geen CSV.", "File unreadable, empty or not CSV.")),
        new(Workbook, Severity.Warning, "structure", T("Werkmap: verborgen blad, samengevoegde kopcellen of formulefout.", "Workbook: hidden sheet, merged header cells or formula error.")),
        new(UnknownColumn, Severity.Warning, "structure", T("Onbekende kolom: wordt genegeerd.", "Unknown column: ignored.")),
        new(ProbableTypo, Severity.Error, "structure", T("Kop lijkt op een bekende kolom (tikfout?).", "Header close to a known column (typo?).")),
        new(UnknownIndicator, Severity.Error, "structure", T("Onbekende indicator in een lang bestand: waarde niet gelezen.", "Unknown indicator in a long file: value not read.")),
        new(MissingGroupName, Severity.Error, "structure", T("Rij in een groepenbestand zonder groepsnaam.", "Groups file row without a group name.")),
        new(DuplicateColumn, Severity.Error, "structure", T("Twee kolommen voor hetzelfde gegeven.", "Two columns for the same figure.")),
        new(MissingColumn, Severity.Error, "structure", T("Verplichte kolom ontbreekt.", "Required column missing.")),
        new(FieldCount, Severity.Error, "structure", T("Aantal velden wijkt af van de kop.", "Field count differs from the header.")),
        new(NotANumber, Severity.Error, "types", T("Waarde is geen getal.", "Value is not a number.")),
        new(AmbiguousNumber, Severity.Error, "types", T("Decimaalteken niet vast te stellen.", "Decimal separator cannot be told.")),
        new(OutOfRange, Severity.Error, "types", T("Waarde buiten het geldige bereik.", "Value outside the valid range.")),
        new(PlaceholderZero, Severity.Warning, "types", T("Nul waar nul onwaarschijnlijk is.", "Zero where zero is implausible.")),
        new(InvalidYear, Severity.Error, "types", T("Ongeldig jaar.", "Invalid year.")),
        new(MalformedCode, Severity.Error, "reference", T("Gemeentecode niet in de vorm GM0000 (of GM10000–GM99999).", "Municipality code not of the form GM0000 (or GM10000–GM99999).")),
        new(UnknownCode, Severity.Error, "reference", T("Gemeentecode bestaat niet in dat jaar.", "Municipality code does not exist in that year.")),
        new(NameMismatch, Severity.Warning, "reference", T("Naam past niet bij de gemeentecode.", "Name does not match the code.")),
        new(DuplicateConflict, Severity.Error, "duplicates", T("Dubbele waarneming met verschillende waarden.", "Duplicate observation with different values.")),
        new(DuplicateRepeat, Severity.Warning, "duplicates", T("Dubbele waarneming met gelijke waarde.", "Duplicate observation with the same value.")),
        new(PartExceedsWhole, Severity.Error, "consistency", T("Deel groter dan het geheel.", "Part larger than the whole.")),
        new(StaffedAboveEstablishment, Severity.Warning, "consistency", T("Bezetting ver boven formatie.", "Staffed FTE far above establishment.")),
        new(DerivedMismatch, Severity.Warning, "consistency", T("Afgeleide indicator wijkt af van de componenten.", "Derived indicator disagrees with its components.")),
        new(Implausible, Severity.Warning, "plausibility", T("Waarde buiten het plausibele bereik.", "Value outside the plausible range.")),
        new(Outlier, Severity.Warning, "plausibility", T("Robuuste uitschieter binnen het jaar.", "Robust outlier within the year.")),
        new(YearOnYearJump, Severity.Warning, "plausibility", T("Grote sprong ten opzichte van vorig jaar.", "Large jump from the previous year.")),
        new(SurveyBelowThreshold, Severity.Warning, "plausibility", T("Enquête onder de publicatiedrempel.", "Survey below the publication threshold.")),
        new(Coverage, Severity.Info, "completeness", T("Lage dekking van een indicator of gemeente.", "Low coverage of an indicator or municipality.")),
        new(OtherMunicipality, Severity.Error, "scope", T("Rij van een andere gemeente dan die van de aanleveraar.", "Row of another municipality than the uploader's.")),
    ];

    private static LocalizedText T(string nl, string en) => new(nl, en);
}
