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
        return fork;
    }

    private (MunicipalityCode[] Municipalities, int[] Years, int[] RowOf) IndexRows(Dataset raw)
    {
        var municipalities = new List<MunicipalityCode>();
        var years = new List<int>();
        var rowOf = new int[raw.Count];

        // The rows of each year by the dataset's municipality id (row + 1; 0 for none yet): one array read per observation.
        var byYear = new Dictionary<int, int[]>();
        foreach (var slice in Slices)
        {
            var year = slice.Year;
            if (!byYear.TryGetValue(year, out var rowOfId))
            {
                byYear[year] = rowOfId = new int[raw.IdCounts.Municipalities];
            }

            for (var i = slice.Start; i < slice.Start + slice.Length; i++)
            {
                var id = raw.MunicipalityIdAt(i);
                var row = rowOfId[id] - 1;
                if (row < 0)
                {
                    var municipality = raw.MunicipalityAt(i);
                    row = municipalities.Count;
                    _rowIndex.Add(municipality, year, row);
                    municipalities.Add(municipality);
                    years.Add(year);
                    rowOfId[id] = row + 1;
                }

                rowOf[i] = row;
            }
        }

        return ([.. municipalities], [.. years], rowOf);
    }

    /// <summary>Gives each cell of <paramref name="s"/> its first observation (file order).</summary>
    private void AcceptFirst(SliceRef s)
    {
        for (var i = s.Start; i < s.Start + s.Length; i++)
        {
            var cell = Cell(RowOf[i], s.Column);
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
