namespace Benchmark.PeerGroups;

/// <summary>The method by which a peer group is formed.</summary>
public enum PeerGroupKind
{
    /// <summary>Every municipality in the universe of the year (<c>all</c>).</summary>
    All,

    /// <summary>The municipalities of the focus's size class by inhabitants (<c>size-class</c>).</summary>
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

    /// <summary>
    /// The default (<c>default</c>): the focus's size class, unless the focus has more than 3 × or less than 1/3 of the
    /// class's median inhabitants (the G4, the smallest islands); then the municipalities within a factor 3 of its
    /// inhabitants, at least the 6 nearest in inhabitants (see <see cref="DefaultPeers"/>).
    /// </summary>
    Default,
}
