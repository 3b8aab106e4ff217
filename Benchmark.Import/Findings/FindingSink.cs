using Benchmark.Validation;

namespace Benchmark.Import.Findings;

/// <summary>Collects the findings of one file and returns them ordered by line, then column order, then as added.</summary>
internal sealed class FindingSink
{
    private readonly List<(Finding Finding, int Column, int Sequence)> _items = [];
    private readonly FindingCap _cap = new();

    public FindingSink(string file) => File = file;

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>The number of findings so far.</summary>
    public int Count => _items.Count;

    /// <summary>Adds a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="columnOrder">The 0-based position of its column in the file; −1 for whole-row and file findings (first).</param>
    public void Add(Finding finding, int columnOrder = -1)
    {
        if (_cap.Admit(finding.Severity, finding.Rule, finding.File))
        {
            _items.Add((finding, columnOrder, _items.Count));
        }
    }

    /// <summary>The findings ordered by line, then column order, then as added; then a summary per rule of those left out (<see cref="FindingCap"/>).</summary>
    public IReadOnlyList<Finding> Sorted() =>
        [.. _items.OrderBy(i => i.Finding.Line).ThenBy(i => i.Column).ThenBy(i => i.Sequence).Select(i => i.Finding), .. _cap.Summaries()];
}
