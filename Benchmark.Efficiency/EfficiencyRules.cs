namespace Benchmark.Efficiency;

/// <summary>Rule ids of the findings the efficiency methods report (a unit left out is never a silent zero).</summary>
public static class EfficiencyRules
{
    /// <summary>A municipality left out of a DEA: an input or output is missing, zero or negative.</summary>
    public const string DeaUnitLeftOut = "efficiency.dea-unit-left-out";

    /// <summary>A municipality left out of a structural regression: the indicator or a structural figure is missing (or inhabitants ≤ 0).</summary>
    public const string StructureUnitLeftOut = "efficiency.structure-unit-left-out";

    /// <summary>A municipality left out of the composite index: fewer than the minimum share of the weight has values.</summary>
    public const string IndexUnitLeftOut = "efficiency.index-unit-left-out";

    /// <summary>Too few municipalities for a method (the result is empty, with the reason).</summary>
    public const string TooFewUnits = "efficiency.too-few-units";
}
