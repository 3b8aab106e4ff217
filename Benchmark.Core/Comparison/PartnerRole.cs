namespace Benchmark.Comparison;

/// <summary>Which way the learning goes between the focus municipality and a <see cref="LearningPartner"/>.</summary>
public enum PartnerRole
{
    /// <summary>
    /// The partner does measurably better: its value is strictly better than the focus's in the indicator's direction,
    /// it is in the peer group's best quartile, and for survey scores the difference is significant.
    /// </summary>
    LearnFrom,

    /// <summary>
    /// The focus is among the best (best quartile) and no peer does measurably better: this structurally close peer in
    /// the worst quartile may call the focus.
    /// </summary>
    LearnsFromYou,
}
