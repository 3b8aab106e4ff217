namespace Benchmark.PeerGroups;

/// <summary>The method by which a peer group is formed.</summary>
public enum PeerGroupKind
{
    /// <summary>Every municipality in the universe of the year (<c>all</c>).</summary>
    All,

    /// <summary>The municipalities of the focus's size class by inhabitants (<c>size-class</c>, the default).</summary>
    SizeClass,

    /// <summary>
    /// The size class without the G4 (Amsterdam, Rotterdam, 's-Gravenhage, Utrecht) when the class is ≥ 100,000
    /// (<c>size-class-ex-g4</c>).
    /// </summary>
    SizeClassExcludingG4,

    /// <summary>The municipalities of the focus's province (<c>province</c>).</summary>
    Province,

    /// <summary>A named group such as a learning circle, read from a groups file (<c>group:NAME</c>).</summary>
    Named,

    /// <summary>The K structurally nearest municipalities, CIPFA style (<c>nearest[:K]</c>).</summary>
    Nearest,
}
