using Benchmark.Data;
using Benchmark.Validation;

namespace Benchmark.Import;

/// <summary>What reading files produced, before dataset-level validation.</summary>
/// <param name="Dataset">Every value read from accepted rows (missing values as NaN; duplicates kept in file order).</param>
/// <param name="Files">One report per file with its row counts and the findings of reading (structure, types, reference).</param>
public sealed record ImportResult(Dataset Dataset, IReadOnlyList<FileReport> Files);
