using Benchmark.Import.Detection;

namespace Benchmark.Import.Parsing;

/// <summary>Why a CSV reader stopped before the end of the file.</summary>
/// <param name="Line">The 1-based line from which the rest of the file could not be read.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Detail">A technical detail (the library's or system's message), or <see langword="null"/>.</param>
internal sealed record ReadStop(int Line, UnreadableKind Kind, string? Detail);
