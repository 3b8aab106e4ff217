using Benchmark.Catalog;
using Benchmark.Import.Detection;
using Benchmark.Import.Parsing;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Findings;

/// <summary>Findings about single values: numbers and years.</summary>
internal static class ValueFindings
{
    private static readonly LocalizedText MissingAdvice = new(
        " Een ontbrekende waarde laat u leeg (of '-', 'n.v.t.').",
        " Leave a missing value empty (or '-', 'n/a').");

    public static Finding NotANumber(string file, int line, string column, string value, NumberProblem problem, Indicator indicator, bool decimalComma)
    {
        var example = decimalComma ? "1234,5" : "1234.5";
        var (message, hint) = problem switch
        {
            NumberProblem.PercentNotAllowed => (
                LocalizedText.Format("'{0}' heeft een %-teken, maar {1} is geen percentage; de waarde is afgewezen.", "'{0}' has a % sign, but {2} is not a percentage; the value is rejected.", value, indicator.Name.Nl, indicator.Name.En),
                new LocalizedText("Verwijder het %-teken, of controleer of de kolom de juiste kop heeft.", "Remove the % sign, or check that the column has the right header.")),
            NumberProblem.EuroNotAllowed => (
                LocalizedText.Format("'{0}' heeft een €-teken, maar {1} is geen bedrag in euro; de waarde is afgewezen.", "'{0}' has a € sign, but {2} is not an amount in euros; the value is rejected.", value, indicator.Name.Nl, indicator.Name.En),
                new LocalizedText("Verwijder het €-teken, of controleer of de kolom de juiste kop heeft.", "Remove the € sign, or check that the column has the right header.")),
            NumberProblem.TooLarge => (
                LocalizedText.Format("'{0}' is te groot om als getal te lezen; de waarde is afgewezen.", "'{0}' is too large to read as a number; the value is rejected.", value),
                new LocalizedText("Controleer de waarde.", "Check the value.")),
            _ => (
                LocalizedText.Format(
                    "'{0}' is geen getal; {1} verwacht een getal zoals {3}. De waarde is afgewezen.",
                    "'{0}' is not a number; {2} expects a number such as {3}. The value is rejected.",
                    value, indicator.Name.Nl, indicator.Name.En, example),
                LocalizedText.Format(
                    "Schrijf alleen cijfers, hooguit één decimaalteken en eventueel een minteken.{0}",
                    "Write digits only, at most one decimal separator and an optional minus sign.{1}",
                    MissingAdvice.Nl, MissingAdvice.En)),
        };
        return new Finding(Severity.Error, Rules.NotANumber, file, line, column, value, message, hint);
    }

    /// <summary>A number that the file's decimal convention does not read, while the other convention would.</summary>
    public static Finding WrongConvention(string file, int line, string column, string value, bool decimalComma, DecimalEvidence.Proof? proof)
    {
        var (nl, en) = decimalComma ? ("decimale komma", "decimal comma") : ("decimale punt", "decimal point");
        var because = proof is { } p
            ? LocalizedText.Format(" (zie '{0}' op regel {1})", " (see '{0}' on line {1})", p.Raw, p.Line)
            : new LocalizedText(" (opgegeven)", " (as set)");
        return new Finding(
            Severity.Error, Rules.NotANumber, file, line, column, value,
            LocalizedText.Format(
                "'{0}' past niet bij het decimaalteken van dit bestand, de {1}{3}; de waarde is afgewezen.",
                "'{0}' does not fit the decimal separator of this file, the {2}{4}; the value is rejected.",
                value, nl, en, because.Nl, because.En),
            new LocalizedText(
                "Schrijf alle getallen van het bestand met hetzelfde decimaalteken, of geef het aan met --decimal comma of --decimal point.",
                "Write every number of the file with the same decimal separator, or set it with --decimal comma or --decimal point."));
    }

    public static Finding AmbiguousNumber(string file, int line, string column, string value, double asComma, double asPoint) => new(
        Severity.Error, Rules.AmbiguousNumber, file, line, column, value,
        LocalizedText.Format(
            "'{0}' kan {1:0.##########} of {2:0.##########} betekenen: geen getal in het bestand laat zien of de komma of de punt het decimaalteken is. De waarde is afgewezen.",
            "'{0}' can mean {1:0.##########} or {2:0.##########}: no number in the file shows whether the comma or the point is the decimal separator. The value is rejected.",
            value, asComma, asPoint),
        new LocalizedText(
            "Geef het decimaalteken op met --decimal comma (1.234 is dan duizend tweehonderdvierendertig) of --decimal point (1.234 is dan één komma twee drie vier).",
            "Set the decimal separator with --decimal comma (1.234 then means one thousand two hundred and thirty-four) or --decimal point (1.234 then means one point two three four)."));

    public static Finding InvalidYear(string file, int line, string column, string value, int firstYear, int lastYear) => new(
        Severity.Error, Rules.InvalidYear, file, line, column, value,
        LocalizedText.Format(
            "'{0}' is geen geldig jaar; verwacht een heel jaartal van {1} tot en met {2}. De rij is afgewezen.",
            "'{0}' is not a valid year; expected a whole year from {1} to {2}. The row is rejected.",
            value, firstYear, lastYear),
        new LocalizedText("Vul het jaar in met vier cijfers, bijvoorbeeld 2024.", "Write the year as four digits, for example 2024."));
}
