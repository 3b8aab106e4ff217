namespace Benchmark.PeerGroups;

/// <summary>
/// A municipal size class by inhabitants on 1 January, as Dutch benchmarks use them (A+O fonds verzuimnorm, Vensters).
/// </summary>
/// <remarks>Every lower bound is inclusive and every upper bound exclusive: exactly 20,000 inhabitants is in 20,000–50,000.</remarks>
public enum SizeClass
{
    /// <summary>Fewer than 10,000 inhabitants.</summary>
    Below10000,

    /// <summary>10,000 up to (not including) 20,000 inhabitants.</summary>
    From10000To20000,

    /// <summary>20,000 up to (not including) 50,000 inhabitants.</summary>
    From20000To50000,

    /// <summary>50,000 up to (not including) 100,000 inhabitants.</summary>
    From50000To100000,

    /// <summary>100,000 inhabitants or more (the G4 included; see <see cref="SizeClasses.G4"/>).</summary>
    From100000,
}
