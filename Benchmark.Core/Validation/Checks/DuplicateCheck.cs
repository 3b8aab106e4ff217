using Benchmark.Data;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 2: the same municipality × year × indicator more than once. Different values (a missing value counts as
/// different from a number) reject every occurrence (<see cref="Rules.DuplicateConflict"/>); equal values keep the first
/// and flag the later ones (<see cref="Rules.DuplicateRepeat"/>).
/// </summary>
/// <remarks>Within a slice the dataset orders observations by municipality and keeps file order, so duplicates are adjacent runs.</remarks>
internal sealed class DuplicateCheck : IValidationStep
{
    private static readonly LocalizedText ConflictHint = new(
        "Laat per gemeente, jaar en gegeven één waarde over: verwijder de dubbele regel of corrigeer de code of het jaar dat verkeerd is.",
        "Keep one value per municipality, year and figure: delete the duplicate row or correct the code or year that is wrong.");

    /// <summary>How many other occurrences the first finding of a conflicting key lists by line and value.</summary>
    internal const int ListedOccurrences = 5;

    private static readonly LocalizedText RepeatHint = new(
        "Verwijder de dubbele regel; de eerste is gebruikt.",
        "Delete the duplicate row; the first one was used.");

    public void Run(ValidationState state)
    {
        var raw = state.Raw;
        foreach (var slice in state.Slices)
        {
            var end = slice.Start + slice.Length;
            var start = slice.Start;
            while (start < end)
            {
                var next = start + 1;
                // Within a slice (one year) the same municipality is the same row.
                while (next < end && raw.MunicipalityIdAt(next) == raw.MunicipalityIdAt(start))
                {
                    next++;
                }

                if (next - start > 1)
                {
                    Check(state, raw, slice.Column, start, next);
                }

                start = next;
            }
        }
    }

    private static void Check(ValidationState state, Dataset raw, int column, int start, int end)
    {
        var first = raw.Values[start];
        var allEqual = true;
        for (var i = start + 1; i < end && allEqual; i++)
        {
            allEqual = Same(raw.Values[i], first);
        }

        var row = state.RowOf(start);
        var name = state.Name(column);
        if (allEqual)
        {
            for (var i = start + 1; i < end; i++)
            {
                var repeat = i;
                state.Report(
                    i,
                    Severity.Warning,
                    Rules.DuplicateRepeat,
                    () => LocalizedText.Format(
                        "{0}: {1} staat er al eerder in ({2}) met dezelfde waarde; deze herhaling is genegeerd.",
                        "{0}: {1} already occurs earlier ({2}) with the same value; this repeat was ignored.",
                        state.Describe(row), name, Where(raw, start, raw[repeat].Source.File)),
                    RepeatHint);
            }

            return;
        }

        // Linear in the number of occurrences: the first names the count and the first few others with their values,
        // each later one names the first (a key written 8,000 times must not give 8,000 lists of 8,000).
        var count = end - start;
        var listed = Math.Min(count - 1, ListedOccurrences);
        var others = new List<LocalizedText>(listed + 1);
        for (var j = start + 1; j <= start + listed; j++)
        {
            others.Add(LocalizedText.Format("{0}: {1}", "{0}: {1}", Where(raw, j, raw[start].Source.File), FindingText.Num(raw.Values[j])));
        }

        if (count - 1 > listed)
        {
            others.Add(LocalizedText.Format("en nog {0} keer", "and {0} more", count - 1 - listed));
        }

        var firstMessage = LocalizedText.Format(
            "{0}: {1} komt {2} keer voor met verschillende waarden: hier {3}, verder {4}. Alle waarden zijn afgewezen.",
            "{0}: {1} occurs {2} times with different values: here {3}, also {4}. All of them were rejected.",
            state.Describe(row), name, count, FindingText.Num(first), LocalizedText.Join("; ", "; ", others));
        state.Reject(start);
        state.Report(start, Severity.Error, Rules.DuplicateConflict, firstMessage, ConflictHint);
        for (var i = start + 1; i < end; i++)
        {
            var message = LocalizedText.Format(
                "{0}: {1} komt {2} keer voor met verschillende waarden: hier {3}, de eerste keer {4}: {5}. Alle waarden zijn afgewezen.",
                "{0}: {1} occurs {2} times with different values: here {3}, first {4}: {5}. All of them were rejected.",
                state.Describe(row), name, count, FindingText.Num(raw.Values[i]), Where(raw, start, raw[i].Source.File), FindingText.Num(first));
            state.Reject(i);
            state.Report(i, Severity.Error, Rules.DuplicateConflict, message, ConflictHint);
        }
    }

    private static bool Same(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    /// <summary>"regel 7" / "line 7", with the file name when it differs from <paramref name="here"/>.</summary>
    private static LocalizedText Where(Dataset raw, int observation, string? here)
    {
        var source = raw[observation].Source;
        return source.File is { } file && file != here
            ? LocalizedText.Format("{0} regel {1}", "{0} line {1}", file, source.Line)
            : LocalizedText.Format("regel {0}", "line {0}", source.Line);
    }
}
