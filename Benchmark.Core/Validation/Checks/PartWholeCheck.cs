using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 3a: a part larger than its whole (<see cref="PartWholeRelation"/>: overhead, running, ICT costs and wage bill +
/// hire above total expenditure; survey respondents above the population) is an error that rejects the part(s).
/// </summary>
/// <remarks>
/// The parts present are summed (they are non-negative once <see cref="RangeCheck"/> ran, so a partial sum above the whole
/// is already a violation). A whole of zero that the catalogue calls implausible is a placeholder, already flagged;
/// it rejects nothing.
/// </remarks>
internal sealed class PartWholeCheck : IValidationStep
{
    public void Run(ValidationState state)
    {
        foreach (var relation in PartWholeRelation.For(state.Context.Catalog))
        {
            var whole = state.Column(relation.Whole);
            var parts = relation.Parts.Select(state.Column).Where(c => c >= 0).ToArray();
            if (whole < 0 || parts.Length == 0)
            {
                continue;
            }

            var zeroIsPlaceholder = state.Definitions[whole]?.ZeroIsImplausible ?? false;
            for (var row = 0; row < state.RowCount; row++)
            {
                var w = state.DirectValue(row, whole);
                if (double.IsNaN(w) || (w == 0 && zeroIsPlaceholder))
                {
                    continue;
                }

                var sum = 0.0;
                var present = 0;
                foreach (var part in parts)
                {
                    var v = state.DirectValue(row, part);
                    if (!double.IsNaN(v))
                    {
                        sum += v;
                        present++;
                    }
                }

                if (present > 0 && sum > w)
                {
                    Reject(state, relation, row, parts, whole, sum, w);
                }
            }
        }
    }

    private static void Reject(ValidationState state, PartWholeRelation relation, int row, int[] parts, int whole, double sum, double w)
    {
        var present = parts.Where(p => !double.IsNaN(state.DirectValue(row, p))).ToArray();
        var partText = present.Length == 1
            ? LocalizedText.Format("{0} = {1}", "{0} = {1}", state.Name(present[0]), FindingText.Num(sum))
            : LocalizedText.Format("{0} = {1}", "{0} = {1}", string.Join(" + ", present.Select(p => state.Codes[p])), FindingText.Num(sum));
        var message = LocalizedText.Format(
            "{0}: {1} is groter dan {2} = {3}; een deel kan niet groter zijn dan het geheel. De waarde is afgewezen.",
            "{0}: {1} is larger than {2} = {3}; a part cannot exceed its whole. The value was rejected.",
            state.Describe(row), partText, state.Name(whole), FindingText.Num(w));
        foreach (var part in present)
        {
            var observation = state.Direct(row, part);
            state.Reject(observation);
            state.Report(observation, Severity.Error, Rules.PartExceedsWhole, message, relation.Hint);
        }
    }
}
