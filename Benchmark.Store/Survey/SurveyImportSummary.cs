namespace Benchmark.Store.Survey;

/// <summary>A stored respondent file: what it replaced and holds (counts only).</summary>
/// <param name="Id">The survey import's id.</param>
/// <param name="FileName">The file name as given.</param>
/// <param name="Sha256">The SHA-256 of the file.</param>
/// <param name="ImportedAt">When it was stored (UTC).</param>
/// <param name="Answers">The answers stored.</param>
/// <param name="Respondents">The respondents (distinct per municipality, year and survey).</param>
/// <param name="Cells">The aggregate cells stored.</param>
public sealed record SurveyImportSummary(long Id, string FileName, string Sha256, DateTimeOffset ImportedAt, int Answers, int Respondents, int Cells);
