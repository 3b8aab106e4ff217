using Benchmark.Survey;
using Benchmark.Validation;

namespace Benchmark.Import.Survey;

/// <summary>What <see cref="SurveyFileReader"/> read: the accepted answers and the file's report.</summary>
/// <param name="Answers">The accepted answers (personal data: keep them out of every output).</param>
/// <param name="Report">The file report: rows read, accepted and rejected, and every finding. No finding names a respondent or an answer.</param>
public sealed record SurveyReadResult(IReadOnlyList<SurveyAnswer> Answers, FileReport Report)
{
    /// <summary>Whether the file has error findings.</summary>
    public bool HasErrors => Report.ErrorCount > 0;
}
