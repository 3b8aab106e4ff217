namespace Benchmark.Efficiency.Dea;

/// <summary>What the second phase of the two-phase method maximises once the radial score is fixed.</summary>
public enum SlackObjective
{
    /// <summary>The plain sum of all slacks in their own units (the textbook two-phase method, Cooper, Seiford &amp; Tone 2007, §3.3).</summary>
    Sum,

    /// <summary>The sum of slacks each divided by the mean of its input or output over the units: does not depend on the units of measurement (euros next to FTE).</summary>
    SumOfRelative,
}
