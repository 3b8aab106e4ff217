using Benchmark.Survey;
using Benchmark.Validation;

namespace Benchmark.Import.Survey;

/// <summary>
/// Flags straight-lining: a respondent who gives one and the same answer to every item of a scale, when that scale has
/// at least <see cref="MinimumItems"/> answered items (a warning; the answers still count).
/// </summary>
internal static class StraightLiningCheck
{
    /// <summary>The fewest answered items on one scale for the check to mean something.</summary>
    public const int MinimumItems = 4;

    public static void Run(string file, IReadOnlyList<SurveyAnswer> answers, SurveyCatalog catalog, string answerColumn, List<Finding> findings)
    {
        var byRespondent = answers
            .Where(a => !a.IsMissing)
            .GroupBy(a => (a.Municipality, a.Year, a.Survey, a.Respondent, Scale: catalog.Find(a.Item)!.ScaleMax));
        foreach (var respondent in byRespondent)
        {
            var list = respondent.ToList();
            if (list.Count >= MinimumItems && list.All(a => a.Answer == list[0].Answer))
            {
                findings.Add(SurveyFindings.StraightLining(file, list.Min(a => a.Line), answerColumn, list.Count, respondent.Key.Scale));
            }
        }
    }
}
