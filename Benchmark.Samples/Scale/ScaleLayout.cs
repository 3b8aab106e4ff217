using System.Diagnostics.CodeAnalysis;

namespace Benchmark.Samples.Scale;

/// <summary>How <see cref="ScaleGenerator"/> lays out the data file.</summary>
public enum ScaleLayout
{
    /// <summary>One row per municipality × year × indicator: <c>gemeentecode;jaar;indicator;waarde</c>.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "long and wide are the layout names users type (--format long).")]
    Long,

    /// <summary>One row per municipality × year, one column per indicator: <c>gemeentecode;jaar;syn_01;…</c>.</summary>
    Wide,
}
