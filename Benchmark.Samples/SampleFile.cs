namespace Benchmark.Samples;

/// <summary>One generated sample file: where it goes and its exact bytes.</summary>
/// <param name="RelativePath">The path below the samples folder, with <c>/</c> as separator, e.g. <c>benchmark-2024.csv</c> or <c>long/benchmark-long-en.csv</c>.</param>
/// <param name="Content">The file's bytes, byte order mark and line endings included.</param>
public sealed record SampleFile(string RelativePath, ReadOnlyMemory<byte> Content);
