using Benchmark.Municipalities;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Findings;

/// <summary>Findings that only a municipality reference file gives.</summary>
internal static class ReferenceFileFindings
{
    public static Finding NoName(string file, int line, string column, MunicipalityCode code) => new(
        Severity.Warning, Rules.NameMismatch, file, line, column, string.Empty,
        LocalizedText.Format("Gemeente {0} heeft geen naam; de code wordt als naam gebruikt.", "Municipality {0} has no name; the code is used as its name.", code),
        new LocalizedText("Vul de officiële CBS-naam in.", "Fill in the official CBS name."));

    public static Finding NotAWholeCount(string file, int line, string column, string value) => new(
        Severity.Error, Rules.NotANumber, file, line, column, value,
        LocalizedText.Format(
            "'{0}' is geen aantal inwoners; verwacht een heel getal van 0 of meer, zoals 24376. De waarde is afgewezen.",
            "'{0}' is not a number of inhabitants; expected a whole number of 0 or more, such as 24376. The value is rejected.",
            value),
        new LocalizedText(
            "Schrijf het aantal zonder decimalen en zonder spaties; een ontbrekend aantal laat u leeg.",
            "Write the count without decimals or spaces; leave a missing count empty."));

    public static Finding NotAnArea(string file, int line, string column, string value) => new(
        Severity.Error, Rules.NotANumber, file, line, column, value,
        LocalizedText.Format(
            "'{0}' is geen oppervlakte; verwacht een getal van 0 of meer in km², zoals 197,96. De waarde is afgewezen.",
            "'{0}' is not an area; expected a number of 0 or more in km², such as 197.96. The value is rejected.",
            value),
        new LocalizedText("Schrijf de oppervlakte als getal in km²; een ontbrekende waarde laat u leeg.", "Write the area as a number in km²; leave a missing value empty."));

    /// <summary>A column a reference file does not read (a figure other than inhabitants and area, indicator, value, unit, source).</summary>
    public static Finding NotReadHere(string file, int line, string header) => new(
        Severity.Warning, Rules.UnknownColumn, file, line, header, header,
        LocalizedText.Format(
            "Kolom '{0}' wordt in een gemeentebestand niet gelezen en genegeerd; alleen code, naam, provincie, jaar, inwoners, oppervlakte en geldigheid tellen.",
            "Column '{0}' is not read from a municipality file and is ignored; only code, name, province, year, inhabitants, area and validity count.",
            header),
        new LocalizedText("Lees gegevens van gemeenten in met 'import', niet als gemeentebestand.", "Read figures of municipalities with 'import', not as a municipality file."));
}
