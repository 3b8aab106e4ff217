using Benchmark.Survey;

namespace Benchmark.Samples;

/// <summary>
/// Draws the answers of one synthetic respondent. The overall mark is centred on the municipality's survey score of the
/// yearly file with its SD; the other items share the respondent's general mood (so themes correlate), a theme effect
/// per municipality (so municipalities differ per theme, not only overall) and noise. Reverse-coded items are written as
/// a respondent would answer them (high = bad). A few answers are "weet niet"; a few respondents straight-line.
/// </summary>
internal static class RespondentModel
{
    /// <summary>The answer written for "no answer".</summary>
    public const string NoAnswer = "weet niet";

    private const double StraightLiningRate = 0.004;

    /// <summary>Per-item offsets from the theme level: workload items are answered lower, content higher.</summary>
    private static readonly Dictionary<string, double> Offsets = new(StringComparer.Ordinal)
    {
        ["M01"] = 0.2, ["M02"] = 0.0, ["M03"] = -0.1, ["M04"] = 0.15, ["M05"] = -0.55, ["M06"] = -0.35, ["M07"] = -0.2, ["M08"] = 0.05,
        ["K01"] = 0.2, ["K02"] = -0.4, ["K03"] = 0.3, ["K04"] = -0.2, ["K05"] = -0.5, ["K06"] = 0.1, ["K07"] = 0.25,
    };

    /// <summary>The answers (text as written) of one respondent to the items of a survey, in questionnaire order.</summary>
    /// <param name="r">The respondent's random stream.</param>
    /// <param name="items">The survey's items.</param>
    /// <param name="target">The municipality's mean overall mark.</param>
    /// <param name="sd">The municipality's SD of the overall mark.</param>
    /// <param name="themeEffects">The municipality's effect per theme.</param>
    public static List<(SurveyItem Item, string Answer)> Answers(SeededRandom r, IReadOnlyList<SurveyItem> items, double target, double sd, IReadOnlyDictionary<string, double> themeEffects)
    {
        var mood = r.Normal();
        var straight = r.Uniform() < StraightLiningRate ? (int?)(3 + (int)(r.Uniform() * 3)) : null;
        var answers = new List<(SurveyItem, string)>(items.Count);
        foreach (var item in items)
        {
            var missing = r.Uniform() < (item.IsOverall ? 0.01 : item.Survey == SurveyKind.Ktv ? 0.12 : 0.04);
            var noise = r.Normal();
            if (missing)
            {
                answers.Add((item, NoAnswer));
                continue;
            }

            int answer;
            if (item.IsOverall)
            {
                answer = Clamp(target + (sd * ((0.8 * mood) + (0.6 * noise))), item);
            }
            else if (item.ScaleMax == 5)
            {
                answer = straight ?? Clamp(3.7 + (0.5 * (target - 7.2)) + Offsets.GetValueOrDefault(item.Code) + themeEffects[item.Theme] + (0.55 * mood) + (0.75 * noise), item);
                answer = straight is null && item.Reversed ? item.ScaleMin + item.ScaleMax - answer : answer;
            }
            else
            {
                answer = Clamp(target + Offsets.GetValueOrDefault(item.Code) + (2 * themeEffects[item.Theme]) + (sd * ((0.6 * mood) + (0.8 * noise))), item);
            }

            answers.Add((item, answer.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return answers;
    }

    private static int Clamp(double latent, SurveyItem item) =>
        (int)Math.Clamp(Math.Round(latent, MidpointRounding.AwayFromZero), item.ScaleMin, item.ScaleMax);
}
