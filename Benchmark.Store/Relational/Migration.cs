namespace Benchmark.Store.Relational;

/// <summary>One schema step: the statements that bring a store from <see cref="Version"/> − 1 to <see cref="Version"/>.</summary>
/// <param name="Version">The schema version after the step (1, 2, …, without gaps).</param>
/// <param name="Description">What the step does, for people reading the code.</param>
/// <param name="Statements">The SQL statements, run in order inside the migration transaction.</param>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
