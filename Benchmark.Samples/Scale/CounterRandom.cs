namespace Benchmark.Samples.Scale;

/// <summary>
/// Counter-based random numbers: every draw is a SplitMix64 hash of (seed, a, b, c, stream), so any cell's values can be
/// computed on their own, in any order, with integer arithmetic only (the same bits on every machine).
/// </summary>
internal static class CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>A uniform draw in [0, 1) with 53 random bits.</summary>
    public static double Uniform(int seed, int a, int b, int c, int stream) =>
        (Bits(seed, a, b, c, stream) >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// An approximately standard normal draw: the sum of four uniforms, centred and scaled to variance 1 (Irwin–Hall),
    /// so bounded by ±√12 ≈ ±3.46. Only additions and multiplications: bit-for-bit reproducible.
    /// </summary>
    public static double Normal(int seed, int a, int b, int c, int stream)
    {
        var z = Bits(seed, a, b, c, stream);
        var sum = 0.0;
        for (var i = 0; i < 4; i++)
        {
            z = Finalize(z + Golden);
            sum += (z >> 11) * (1.0 / (1UL << 53));
        }

        return (sum - 2.0) * 1.7320508075688772;
    }

    /// <summary>64 random bits for the counter.</summary>
    public static ulong Bits(int seed, int a, int b, int c, int stream)
    {
        var z = Finalize((ulong)(uint)seed + Golden);
        z = Finalize(z + Golden + (ulong)(uint)a);
        z = Finalize(z + Golden + (ulong)(uint)b);
        z = Finalize(z + Golden + (ulong)(uint)c);
        return Finalize(z + Golden + (ulong)(uint)stream);
    }

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
