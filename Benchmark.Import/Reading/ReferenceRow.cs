using Benchmark.Import.Parsing;
using Benchmark.Municipalities;

namespace Benchmark.Import.Reading;

/// <summary>One accepted row of a municipality reference file, with its numbers held until the decimal convention is known.</summary>
/// <param name="Line">The line on which the record starts.</param>
/// <param name="Code">The municipality code.</param>
/// <param name="Name">The name (the code when the cell is empty).</param>
/// <param name="Province">The province, or an empty string.</param>
/// <param name="Year">The year of the inhabitants, or <see langword="null"/> without a year column.</param>
/// <param name="ValidFrom">The first year the municipality exists, or <see langword="null"/>.</param>
/// <param name="ValidTo">The last year the municipality exists, or <see langword="null"/>.</param>
/// <param name="Inhabitants">The inhabitants cell as written and read, or <see langword="null"/> without the column.</param>
/// <param name="Area">The area cell as written and read, or <see langword="null"/> without the column.</param>
internal sealed record ReferenceRow(
    int Line,
    MunicipalityCode Code,
    string Name,
    string Province,
    int? Year,
    int? ValidFrom,
    int? ValidTo,
    (string Raw, NumberReading Reading)? Inhabitants,
    (string Raw, NumberReading Reading)? Area);
