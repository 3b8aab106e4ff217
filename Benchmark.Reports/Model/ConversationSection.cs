namespace Benchmark.Reports.Model;

/// <summary>The part of a learning-circle report that opens the conversation: per indicator what stands out and what to ask.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Intro">How the points were chosen.</param>
/// <param name="QuestionsHeading">The label above the questions, e.g. "Om te bespreken".</param>
/// <param name="Topics">One topic per indicator with enough values.</param>
public sealed record ConversationSection(string Heading, string Intro, string QuestionsHeading, IReadOnlyList<ConversationTopic> Topics);
