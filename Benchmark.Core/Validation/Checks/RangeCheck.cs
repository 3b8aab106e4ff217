using Benchmark.Catalog;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 1: each value against the catalogue — outside the valid range (or not finite) is an error and rejected
/// (<see cref="Rules.OutOfRange"/>); a zero where zero is implausible (<see cref="Rules.PlaceholderZero"/>) and a value
/// outside the plausible range (<see cref="Rules.Implausible"/>) are warnings. Indicators the catalogue lacks are skipped.
/// </summary>
internal sealed class RangeCheck : IValidationStep
{
    private static readonly LocalizedText PlaceholderHint = new(
        "Vul het werkelijke cijfer in, of laat de cel leeg (of '-') als het onbekend is: leeg telt als ontbrekend, 0 als een echte waarde.",
        "Enter the actual figure, or leave the cell empty (or '-') if it is unknown: empty counts as missing, 0 as a real value.");

    public void Run(ValidationState state)
    {
        var values = state.Raw.Values;
        foreach (var slice in state.Slices)
        {
            if (state.Definitions[slice.Column] is not { } indicator)
            {
                continue;
            }

            // The bounds as plain numbers (an open end as an infinity): for a number that is not NaN, the same test as
            // ValueRange.Contains, without reading the range's nullable bounds for every value.
            var (validMin, validMax) = Bounds(indicator.ValidRange);
            var (plausibleMin, plausibleMax) = Bounds(indicator.PlausibleRange);
            var zeroIsImplausible = indicator.ZeroIsImplausible;
            for (var i = slice.Start; i < slice.Start + slice.Length; i++)
            {
                var x = values[i];
                if (double.IsNaN(x))
                {
                    continue;
                }

                if (!double.IsFinite(x) || x < validMin || x > validMax)
                {
                    state.Reject(i);
                    state.Report(i, Severity.Error, Rules.OutOfRange, About(state, i, OutOfRangeMessage(state.Name(slice.Column), indicator, x)), OutOfRangeHint(indicator));
                }
                else if (x == 0 && zeroIsImplausible)
                {
                    state.Report(i, Severity.Warning, Rules.PlaceholderZero, About(state, i, PlaceholderMessage(state.Name(slice.Column))), PlaceholderHint);
                }
                else if (x < plausibleMin || x > plausibleMax)
                {
                    state.Report(i, Severity.Warning, Rules.Implausible, About(state, i, ImplausibleMessage(state.Name(slice.Column), indicator, x)), ImplausibleHint(indicator));
                }
            }
        }
    }

    /// <summary>The message of a value outside the valid range; also used for computed values.</summary>
    public static LocalizedText OutOfRangeMessage(LocalizedText name, Indicator indicator, double x) => LocalizedText.Format(
        "{0} is {1}, maar moet {2} zijn. De waarde is afgewezen.",
        "{0} is {1} but must be {2}. The value was rejected.",
        name, FindingText.Num(x), FindingText.Range(indicator.ValidRange));

    /// <summary>The message of a value outside the plausible range; also used for computed values.</summary>
    public static LocalizedText ImplausibleMessage(LocalizedText name, Indicator indicator, double x) => LocalizedText.Format(
        "{0} is {1}, buiten het gebruikelijke bereik ({2}). De waarde is behouden en gemarkeerd.",
        "{0} is {1}, outside the usual range ({2}). The value was kept and flagged.",
        name, FindingText.Num(x), FindingText.Range(indicator.PlausibleRange));

    /// <summary>How to fix a value outside the valid range, by unit.</summary>
    public static LocalizedText OutOfRangeHint(Indicator indicator) => indicator.Unit switch
    {
        Unit.Percent => new LocalizedText(
            "Geef percentages als 0–100 (8,5 voor 8,5 %), niet als fractie of met een verkeerd decimaalteken; laat de cel leeg als het cijfer onbekend is.",
            "Give percentages as 0–100 (8.5 for 8.5 %), not as a fraction or with the wrong decimal separator; leave the cell empty if the figure is unknown."),
        Unit.Score => new LocalizedText(
            "Rapportcijfers liggen op de schaal 1–10; reken een andere schaal om (0–100 → delen door 10) of laat de cel leeg.",
            "Marks are on the 1–10 scale; convert another scale (0–100 → divide by 10) or leave the cell empty."),
        Unit.Euro or Unit.Count or Unit.Fte => new LocalizedText(
            "Kosten, aantallen en fte kunnen niet negatief zijn: vul het bedrag of aantal zonder minteken in, of laat de cel leeg als het onbekend is.",
            "Costs, counts and FTE cannot be negative: enter the amount without a minus sign, or leave the cell empty if it is unknown."),
        _ => LocalizedText.Format(
            "Controleer waarde en eenheid; toegestaan is {0}. Laat de cel leeg als het cijfer onbekend is.",
            "Check the value and its unit; allowed is {0}. Leave the cell empty if the figure is unknown.",
            FindingText.Range(indicator.ValidRange)),
    };

    /// <summary>How to check a value outside the plausible range.</summary>
    public static LocalizedText ImplausibleHint(Indicator indicator) => LocalizedText.Format(
        "Controleer grootte en eenheid (verwacht: {0}): euro's of duizenden euro's, fte of personen, percentage of fractie. Klopt de waarde, dan kan de waarschuwing blijven staan.",
        "Check the size and unit (expected: {0}): euros or thousands of euros, FTE or persons, percentage or fraction. If the value is right, the warning can stand.",
        FindingText.Unit(indicator.Unit));

    private static (double Min, double Max) Bounds(ValueRange range) =>
        (range.Min ?? double.NegativeInfinity, range.Max ?? double.PositiveInfinity);

    private static LocalizedText About(ValidationState state, int observation, LocalizedText message) =>
        LocalizedText.Format("{0}: {1}", "{0}: {1}", state.Describe(state.RowOf(observation)), message);

    private static LocalizedText PlaceholderMessage(LocalizedText name) => LocalizedText.Format(
        "{0} is 0; een nul is hier vrijwel zeker een plaatsvervanger voor 'niet aangeleverd'. De waarde is behouden en gemarkeerd.",
        "{0} is 0; a zero here is almost certainly a placeholder for 'not delivered'. The value was kept and flagged.",
        name);
}
