using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// Rule 6: completeness. Per indicator × year, the share of the municipalities in the data that year that have a
/// non-missing accepted (or computed) value; per municipality × year, the share of the year's indicators it has.
/// Shares below <see cref="ValidationOptions.MinimumCoverage"/> give an info finding about the data as a whole.
/// The figures go to <see cref="ValidationState.Coverage"/>.
/// </summary>
/// <remarks>An indicator counts for a year when the files gave it for anyone that year or it was computed for anyone.</remarks>
internal sealed class CoverageCheck : IValidationStep
{
    private static readonly LocalizedText IndicatorHint = new(
        "Vraag de ontbrekende gemeenten het cijfer aan te leveren, of houd bij het vergelijken rekening met de lage dekking.",
        "Ask the missing municipalities to deliver the figure, or allow for the low coverage when comparing.");

    private static readonly LocalizedText MunicipalityHint = new(
        "Vraag de gemeente de ontbrekende cijfers aan te leveren (of te corrigeren waar ze zijn afgewezen).",
        "Ask the municipality to deliver the missing figures (or correct those that were rejected).");

    public void Run(ValidationState state)
    {
        var years = state.RowsByYear;
        var yearIndex = new Dictionary<int, int>();
        for (var y = 0; y < years.Length; y++)
        {
            yearIndex[years[y].Year] = y;
        }

        // Whether the files gave the indicator (any value) that year, and per cell whether they gave a non-missing value.
        var given = new bool[state.ColumnCount * years.Length];
        var hadValue = new bool[state.RowCount * state.ColumnCount];
        var values = state.Raw.Values;
        foreach (var slice in state.Slices)
        {
            given[(slice.Column * years.Length) + yearIndex[slice.Year]] = true;
            for (var i = slice.Start; i < slice.Start + slice.Length; i++)
            {
                if (!double.IsNaN(values[i]))
                {
                    hadValue[(slice.Column * state.RowCount) + state.RowOf(slice, i)] = true;
                }
            }
        }

        var indicators = new List<IndicatorCoverage>();
        var threshold = state.Options.MinimumCoverage;
        for (var y = 0; y < years.Length; y++)
        {
            var (year, rows) = years[y];
            for (var column = 0; column < state.ColumnCount; column++)
            {
                int count = 0, rejected = 0;
                foreach (var row in rows)
                {
                    if (!double.IsNaN(state.Value(row, column)))
                    {
                        count++;
                    }
                    else if (hadValue[(column * state.RowCount) + row])
                    {
                        rejected++;
                    }
                }

                if (count > 0 || given[(column * years.Length) + y])
                {
                    given[(column * years.Length) + y] = true;
                    indicators.Add(new IndicatorCoverage(state.Codes[column], year, count, rejected, rows.Length));
                }
            }
        }

        indicators.Sort((a, b) => a.Indicator != b.Indicator ? string.CompareOrdinal(a.Indicator, b.Indicator) : a.Year.CompareTo(b.Year));
        foreach (var c in indicators)
        {
            if (c.Share < threshold)
            {
                state.Report(IndicatorFinding(state, c, threshold));
            }
        }

        var municipalities = MunicipalityCoverage(state, given);
        foreach (var c in municipalities)
        {
            if (c.Share < threshold)
            {
                state.Report(MunicipalityFinding(state, c, threshold));
            }
        }

        state.Coverage = new CoverageReport(indicators, municipalities);
    }

    private static List<MunicipalityCoverage> MunicipalityCoverage(ValidationState state, bool[] given)
    {
        var years = state.RowsByYear;
        var result = new List<MunicipalityCoverage>(state.RowCount);
        for (var y = 0; y < years.Length; y++)
        {
            var (year, rows) = years[y];
            var expected = 0;
            for (var column = 0; column < state.ColumnCount; column++)
            {
                expected += given[(column * years.Length) + y] ? 1 : 0;
            }

            foreach (var row in rows)
            {
                var delivered = 0;
                for (var column = 0; column < state.ColumnCount; column++)
                {
                    if (given[(column * years.Length) + y] && !double.IsNaN(state.Value(row, column)))
                    {
                        delivered++;
                    }
                }

                result.Add(new MunicipalityCoverage(state.RowMunicipality[row], year, delivered, expected));
            }
        }

        return result;
    }

    private static Finding IndicatorFinding(ValidationState state, IndicatorCoverage c, double threshold)
    {
        var message = LocalizedText.Format(
            "{0} in {1}: een bruikbare waarde voor {2} van de {3} gemeenten ({4:0} %){5}; verwacht is minstens {6:0} %.",
            "{0} in {1}: a usable value for {2} of the {3} municipalities ({4:0} %){5}; at least {6:0} % is expected.",
            state.Name(state.Column(c.Indicator)), c.Year, c.Count, c.Expected, 100 * c.Share,
            c.Rejected > 0 ? LocalizedText.Format(", {0} afgewezen", ", {0} rejected", c.Rejected) : LocalizedText.Empty, 100 * threshold);
        return new Finding(Severity.Info, Rules.Coverage, null, 0, c.Indicator, $"{c.Count}/{c.Expected}", message, IndicatorHint);
    }

    private static Finding MunicipalityFinding(ValidationState state, MunicipalityCoverage c, double threshold)
    {
        var message = LocalizedText.Format(
            "{0} in {1}: waarden voor {2} van de {3} indicatoren in de gegevens ({4:0} %); verwacht is minstens {5:0} %.",
            "{0} in {1}: values for {2} of the {3} indicators in the data ({4:0} %); at least {5:0} % is expected.",
            state.Describe(c.Municipality), c.Year, c.Delivered, c.Expected, 100 * c.Share, 100 * threshold);
        return new Finding(Severity.Info, Rules.Coverage, null, 0, null, c.Municipality.ToString(), message, MunicipalityHint);
    }
}
