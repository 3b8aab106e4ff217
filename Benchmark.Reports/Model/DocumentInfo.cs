using Benchmark.Text;

namespace Benchmark.Reports.Model;

/// <summary>What a report says about itself: PDF metadata, running footer and language.</summary>
/// <param name="Title">The document title (PDF metadata and running header).</param>
/// <param name="Subject">The subject (PDF metadata).</param>
/// <param name="Author">The author (PDF metadata).</param>
/// <param name="Keywords">Keywords (PDF metadata).</param>
/// <param name="Created">The creation time, from the injected clock (so equal inputs give equal bytes).</param>
/// <param name="Language">The language of every text in the report.</param>
/// <param name="Footer">The text printed at the foot of every page, left of the page number.</param>
/// <param name="PageLabel">The page-number template, e.g. "pagina {0} van {1}".</param>
public sealed record DocumentInfo(
    string Title,
    string Subject,
    string Author,
    string Keywords,
    DateTimeOffset Created,
    Language Language,
    string Footer,
    string PageLabel);
