namespace Benchmark.Web.Api;

/// <summary>A municipality as the caller may see it.</summary>
/// <param name="Id">What to put in a URL: the CBS code when the caller sees the name, else the anonymised label's letters.</param>
/// <param name="Name">The real name, or the anonymised label ("Gemeente K").</param>
/// <param name="Code">The CBS code, only when the caller sees the name (a code would reveal it).</param>
internal sealed record ApiMunicipality(string Id, string Name, string? Code);
