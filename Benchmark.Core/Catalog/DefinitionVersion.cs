using Benchmark.Text;

namespace Benchmark.Catalog;

/// <summary>A version of an indicator's definition, valid from a year on. A new version marks a series break.</summary>
/// <param name="ValidFrom">The first year the definition applies to.</param>
/// <param name="Description">What the definition counts, in Dutch and English.</param>
public sealed record DefinitionVersion(int ValidFrom, LocalizedText Description);
