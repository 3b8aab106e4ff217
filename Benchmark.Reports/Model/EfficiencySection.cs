namespace Benchmark.Reports.Model;

/// <summary>
/// The page "efficiency and explanation" of a municipality report: DEA score and reference peers, expected value given
/// structure per indicator, and the composite index rank with its interval — next to the medians, never instead of them.
/// </summary>
/// <param name="Heading">The page heading.</param>
/// <param name="Intro">What the page shows.</param>
/// <param name="KeyFigures">Score, frontier, index rank with interval.</param>
/// <param name="PeersHeading">Heading of the reference-peer table.</param>
/// <param name="PeersText">What the reference peers mean, with the municipality's numbers.</param>
/// <param name="Peers">The municipality, its target and its reference peers (λ) with the DEA inputs and outputs.</param>
/// <param name="ExpectedHeading">Heading of the expected-value table.</param>
/// <param name="ExpectedText">What expected means.</param>
/// <param name="Expected">Per indicator: value, expected, 95 % prediction interval, gap, reading.</param>
/// <param name="IndexHeading">Heading of the index part.</param>
/// <param name="IndexText">The rank, its interval and what moves it.</param>
/// <param name="Sensitivity">Which choice moves ranks most.</param>
/// <param name="Methods">One line per method, with its choices.</param>
public sealed record EfficiencySection(
    string Heading,
    string Intro,
    IReadOnlyList<Fact> KeyFigures,
    string PeersHeading,
    string PeersText,
    TextTable Peers,
    string ExpectedHeading,
    string ExpectedText,
    TextTable Expected,
    string IndexHeading,
    string IndexText,
    TextTable Sensitivity,
    IReadOnlyList<string> Methods);
