namespace Benchmark.Reports.Model;

/// <summary>One finding of the key message: a sentence with its number, and its tone (a coloured marker).</summary>
/// <param name="Text">The sentence, e.g. "Overhead (%): 11,4%, rang 30 van 32 — € 6,1 mln boven de mediaan …".</param>
/// <param name="Tone">The tone of the municipality's quartile.</param>
public sealed record KeyFinding(string Text, Tone Tone);
