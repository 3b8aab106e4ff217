namespace Benchmark.Reports.Model;

/// <summary>One theme of the survey page: the municipality's mean with its interval against the peer median.</summary>
/// <param name="Label">The theme.</param>
/// <param name="Respondents">n as text.</param>
/// <param name="Mean">The mean as text ("–" when suppressed).</param>
/// <param name="Interval">The 95 % interval as text.</param>
/// <param name="PeerMedian">The peer median as text.</param>
/// <param name="Verdict">Significantly higher / lower / no significant difference / suppressed.</param>
/// <param name="Tone">The colour of the verdict.</param>
/// <param name="Scale">The theme's scale (min, max) for the drawing.</param>
/// <param name="Values">Lower, mean, upper and peer median for the drawing (NaN when absent).</param>
public sealed record SurveyIntervalRow(
    string Label,
    string Respondents,
    string Mean,
    string Interval,
    string PeerMedian,
    string Verdict,
    Tone Tone,
    (int Min, int Max) Scale,
    (double Lower, double Mean, double Upper, double PeerMedian) Values);
