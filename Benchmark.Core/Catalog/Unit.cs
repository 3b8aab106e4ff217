namespace Benchmark.Catalog;

/// <summary>The unit of an indicator's values.</summary>
public enum Unit
{
    /// <summary>A count (inhabitants, workstations, respondents).</summary>
    Count,

    /// <summary>Euros.</summary>
    Euro,

    /// <summary>Full-time equivalents.</summary>
    Fte,

    /// <summary>A percentage, 0–100 (not a fraction 0–1).</summary>
    Percent,

    /// <summary>A report mark on the Dutch 1–10 scale.</summary>
    Score,

    /// <summary>A plain number without unit (a standard deviation of scores, a frequency).</summary>
    Number,

    /// <summary>FTE per 1,000 inhabitants.</summary>
    FtePerThousandInhabitants,

    /// <summary>Euros per inhabitant.</summary>
    EuroPerInhabitant,

    /// <summary>Euros per FTE.</summary>
    EuroPerFte,

    /// <summary>Euros per workstation.</summary>
    EuroPerWorkstation,

    /// <summary>Square kilometres.</summary>
    SquareKilometre,

    /// <summary>Addresses per square kilometre.</summary>
    AddressesPerSquareKilometre,
}
