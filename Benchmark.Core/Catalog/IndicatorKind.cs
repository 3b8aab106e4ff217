namespace Benchmark.Catalog;

/// <summary>What sort of figure an indicator is.</summary>
public enum IndicatorKind
{
    /// <summary>A raw figure delivered by the municipality (a cost, an FTE count, a percentage it measured).</summary>
    Raw,

    /// <summary>A structural characteristic of the municipality (inhabitants, area, address density), used for peer selection.</summary>
    Structural,

    /// <summary>A figure computed from raw figures by the catalogue's formula (a BBV ratio).</summary>
    Derived,

    /// <summary>The mean score of a survey, delivered with its number of respondents and standard deviation.</summary>
    Survey,
}
