namespace Benchmark.Store.Sharing;

/// <summary>The state of one benchmark year and who set it when.</summary>
/// <param name="Year">The year.</param>
/// <param name="State">Open or published.</param>
/// <param name="ChangedAt">When the state was set (UTC).</param>
/// <param name="ChangedBy">The user name of the coordinator who set it.</param>
public sealed record YearStatus(int Year, YearState State, DateTimeOffset ChangedAt, string ChangedBy);
