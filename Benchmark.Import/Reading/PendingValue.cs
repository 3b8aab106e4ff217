using Benchmark.Catalog;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;

namespace Benchmark.Import.Reading;

/// <summary>A value of an accepted row, held until the file's decimal convention is known.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The year.</param>
/// <param name="Indicator">The figure.</param>
/// <param name="Line">The line on which the record starts.</param>
/// <param name="Column">The 0-based column of the value.</param>
/// <param name="Raw">The value as written.</param>
/// <param name="Reading">The value read under both conventions.</param>
internal readonly record struct PendingValue(MunicipalityCode Municipality, int Year, Indicator Indicator, int Line, int Column, string Raw, NumberReading Reading);
