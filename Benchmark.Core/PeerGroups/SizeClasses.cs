using System.Collections.Frozen;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.PeerGroups;

/// <summary>Classification of municipalities by inhabitants into <see cref="SizeClass"/>es, their labels, and the G4.</summary>
internal static class SizeClasses
{
    /// <summary>
    /// The G4, the four largest cities: Amsterdam (GM0363), Rotterdam (GM0599), 's-Gravenhage (GM0518) and Utrecht
    /// (GM0344).
    /// </summary>
    public static IReadOnlySet<MunicipalityCode> G4 { get; } = new[]
    {
        new MunicipalityCode(363), new MunicipalityCode(599), new MunicipalityCode(518), new MunicipalityCode(344),
    }.ToFrozenSet();

    /// <summary>Every size class, smallest first.</summary>
    public static IReadOnlyList<SizeClass> All { get; } =
    [
        SizeClass.Below10000, SizeClass.From10000To20000, SizeClass.From20000To50000, SizeClass.From50000To100000,
        SizeClass.From100000,
    ];

    /// <summary>Whether <paramref name="code"/> is one of the <see cref="G4"/>.</summary>
    public static bool IsG4(MunicipalityCode code) => G4.Contains(code);

    /// <summary>The size class of a municipality with <paramref name="inhabitants"/> (lower bounds inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="inhabitants"/> is negative.</exception>
    public static SizeClass Of(long inhabitants)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inhabitants);
        return inhabitants switch
        {
            < 10_000 => SizeClass.Below10000,
            < 20_000 => SizeClass.From10000To20000,
            < 50_000 => SizeClass.From20000To50000,
            < 100_000 => SizeClass.From50000To100000,
            _ => SizeClass.From100000,
        };
    }

    /// <summary>The smallest number of inhabitants in <paramref name="sizeClass"/> (inclusive).</summary>
    public static long LowerBound(SizeClass sizeClass) => sizeClass switch
    {
        SizeClass.Below10000 => 0,
        SizeClass.From10000To20000 => 10_000,
        SizeClass.From20000To50000 => 20_000,
        SizeClass.From50000To100000 => 50_000,
        SizeClass.From100000 => 100_000,
        _ => throw new ArgumentOutOfRangeException(nameof(sizeClass), sizeClass, "Unknown size class."),
    };

    /// <summary>The bound above <paramref name="sizeClass"/> (exclusive), or <see langword="null"/> for the largest class.</summary>
    public static long? UpperBound(SizeClass sizeClass) =>
        sizeClass == SizeClass.From100000 ? null : LowerBound(All[(int)sizeClass + 1]);

    /// <summary>
    /// The label of <paramref name="sizeClass"/>, numbers formatted per language: <c>&lt; 10.000 inwoners</c> /
    /// <c>&lt; 10,000 inhabitants</c>, <c>10.000–20.000 inwoners</c> / <c>10,000–20,000 inhabitants</c>, …,
    /// <c>≥ 100.000 inwoners</c> / <c>≥ 100,000 inhabitants</c>.
    /// </summary>
    public static LocalizedText Label(SizeClass sizeClass)
    {
        var lower = LowerBound(sizeClass);
        return (sizeClass, UpperBound(sizeClass)) switch
        {
            (SizeClass.Below10000, { } upper) => LocalizedText.Format("< {0:N0} inwoners", "< {0:N0} inhabitants", upper),
            (_, { } upper) => LocalizedText.Format("{0:N0}–{1:N0} inwoners", "{0:N0}–{1:N0} inhabitants", lower, upper),
            _ => LocalizedText.Format("≥ {0:N0} inwoners", "≥ {0:N0} inhabitants", lower),
        };
    }
}
