using Benchmark.Reports.Charts;

namespace Benchmark.Reports.Model;

/// <summary>The spread of each indicator over the members of a learning circle.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Intro">A paragraph above the charts.</param>
/// <param name="Charts">One ranked chart per indicator with enough values.</param>
/// <param name="Omitted">Indicators left out, with the reason.</param>
public sealed record SpreadSection(string Heading, string Intro, IReadOnlyList<RankedBarChart> Charts, IReadOnlyList<string> Omitted)
{
    /// <summary>The mark after the heading on a following page, e.g. "(vervolg)".</summary>
    public string Continued { get; init; } = "(vervolg)";
}
