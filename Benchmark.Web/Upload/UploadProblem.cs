using Benchmark.Text;

namespace Benchmark.Web.Upload;

/// <summary>Why an upload is refused before it is read.</summary>
/// <param name="Status">The HTTP status: 400 (empty), 413 (too large) or 415 (a type the importer does not read).</param>
/// <param name="Text">What to do, in both languages.</param>
internal sealed record UploadProblem(int Status, LocalizedText Text);
