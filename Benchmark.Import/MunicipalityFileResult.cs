using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Import;

/// <summary>What reading a municipality reference file produced.</summary>
/// <param name="Registry">The municipalities of the accepted rows (empty when the file could not be read).</param>
/// <param name="Report">The file's row counts, findings and format.</param>
public sealed record MunicipalityFileResult(MunicipalityRegistry Registry, FileReport Report);
