using Benchmark.Text;

namespace Benchmark.Survey;

/// <summary>One question of a questionnaire.</summary>
/// <param name="Code">The stable item code in respondent files, e.g. <c>M03</c>.</param>
/// <param name="Survey">The survey the item belongs to.</param>
/// <param name="Theme">The theme code the item is averaged into, e.g. <c>leidinggevende</c>.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="ScaleMin">The lowest answer (1).</param>
/// <param name="ScaleMax">The highest answer (5 or 10).</param>
/// <param name="Reversed">Whether a high answer is bad ("Ik ervaar te veel werkdruk"): scored as min + max − answer.</param>
/// <param name="IsOverall">Whether this is the survey's overall mark, which becomes the survey indicator.</param>
public sealed record SurveyItem(
    string Code,
    SurveyKind Survey,
    string Theme,
    LocalizedText Text,
    int ScaleMin,
    int ScaleMax,
    bool Reversed = false,
    bool IsOverall = false)
{
    /// <summary>Whether <paramref name="answer"/> lies on the scale (whole numbers only).</summary>
    public bool OnScale(double answer) => answer >= ScaleMin && answer <= ScaleMax && Math.Floor(answer) == answer;

    /// <summary>The answer scored so that higher is better: reversed items are mirrored on the scale.</summary>
    public double Score(double answer) => Reversed ? ScaleMin + ScaleMax - answer : answer;
}
