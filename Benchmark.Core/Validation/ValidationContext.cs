using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Validation;

/// <summary>What validation checks against: catalogue, municipality reference, thresholds and earlier years.</summary>
/// <param name="Catalog">The indicator catalogue.</param>
/// <param name="Municipalities">The municipality reference.</param>
/// <param name="Options">The thresholds.</param>
/// <param name="History">Accepted data of earlier imports (for year-on-year checks), or <see langword="null"/>.</param>
public sealed record ValidationContext(
    IndicatorCatalog Catalog,
    MunicipalityRegistry Municipalities,
    ValidationOptions Options,
    Dataset? History = null);
