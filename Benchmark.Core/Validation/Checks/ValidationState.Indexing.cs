using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Validation.Checks;

/// <content>Indexing the raw dataset into rows and cells, and running the read-only rules side by side.</content>
internal sealed partial class ValidationState
{
    /// <summary>
    /// Runs steps that only read the state (no rejections, no computed values) side by side, each with findings of
    /// its own that are then added in the order of <paramref name="steps"/>: the same findings in the same order as
    /// running them one after another.
    /// </summary>
    public void RunReadOnly(IReadOnlyList<IValidationStep> steps, bool concurrently)
    {
        if (!concurrently)
        {
            foreach (var step in steps)
            {
                step.Run(this);
            }

            return;
        }

        var forks = steps.Select(_ => Fork()).ToArray();
        Parallel.For(0, steps.Count, i => steps[i].Run(forks[i]));
        foreach (var fork in forks)
        {
            _findings.AddRange(fork._findings);
            _cap.Merge(fork._cap);
            if (!ReferenceEquals(fork.Coverage, Coverage))
            {
                Coverage = fork.Coverage;
            }
        }
    }

    private ValidationState Fork()
    {
        var fork = (ValidationState)MemberwiseClone();
        fork._findings = [];
        fork._cap = new FindingCap();
        return fork;
    }

    /// <summary>
    /// Numbers the municipality-year rows in the order the slices meet them, and for each year the row of each of the
    /// dataset's municipality ids (row + 1; 0 for none): 4 bytes per municipality and year instead of per observation.
    /// </summary>
    private (MunicipalityCode[] Municipalities, int[] Years, int[]?[] RowOfId) IndexRows(Dataset raw)
    {
        var municipalities = new List<MunicipalityCode>();
        var years = new List<int>();
        var rowOfId = new int[]?[raw.Years.Count == 0 ? 0 : raw.Years[^1] - raw.Years[0] + 1];
        foreach (var slice in Slices)
        {
            var year = slice.Year;
            var table = rowOfId[year - _firstYear] ??= new int[raw.IdCounts.Municipalities];
            for (var i = slice.Start; i < slice.Start + slice.Length; i++)
            {
                var id = raw.MunicipalityIdAt(i);
                if (table[id] == 0)
                {
                    var municipality = raw.MunicipalityAt(i);
                    var row = municipalities.Count;
                    _rowIndex.Add(municipality, year, row);
                    municipalities.Add(municipality);
                    years.Add(year);
                    table[id] = row + 1;
                }
            }
        }

        return ([.. municipalities], [.. years], rowOfId);
    }

    /// <summary>Gives each cell of <paramref name="s"/> its first observation (file order).</summary>
    private void AcceptFirst(SliceRef s)
    {
        for (var i = s.Start; i < s.Start + s.Length; i++)
        {
            var cell = Cell(RowOf(s, i), s.Column);
            if (_accepted[cell] < 0)
            {
                _accepted[cell] = i;
            }
        }
    }

    private (int Year, int[] Rows)[] GroupRowsByYear()
    {
        var order = new int[RowCount];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => RowYear[a] != RowYear[b] ? RowYear[a].CompareTo(RowYear[b]) : RowMunicipality[a].CompareTo(RowMunicipality[b]));
        var groups = new List<(int, int[])>();
        var start = 0;
        for (var i = 1; i <= order.Length; i++)
        {
            if (i == order.Length || RowYear[order[i]] != RowYear[order[start]])
            {
                groups.Add((RowYear[order[start]], order[start..i]));
                start = i;
            }
        }

        return [.. groups];
    }
}
