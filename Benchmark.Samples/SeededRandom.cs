namespace Benchmark.Samples;

/// <summary>
/// Random draws for the sample generator: <see cref="System.Random"/> seeded from the options' seed, mixed with the
/// municipality code, the year and a stream number, so that one municipality's values do not depend on which other
/// municipalities or years are generated. Nothing run-dependent (hash codes, time) goes in.
/// </summary>
internal sealed class SeededRandom
{
    private readonly Random _random;

    /// <summary>Creates the stream for one (seed, municipality, year, purpose).</summary>
    public SeededRandom(int seed, int municipality, int year, int stream)
    {
        _random = new Random(Mix(seed, municipality, year, stream));
    }

    /// <summary>A uniform draw in [0, 1).</summary>
    public double Uniform() => _random.NextDouble();

    /// <summary>A uniform draw in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());

    /// <summary>
    /// An approximately standard normal draw (the sum of twelve uniforms minus six: mean 0, variance 1), clipped to
    /// ±<paramref name="limit"/>. Uses only additions, so it is bit-for-bit reproducible.
    /// </summary>
    public double Normal(double limit = 2.5)
    {
        var sum = -6.0;
        for (var i = 0; i < 12; i++)
        {
            sum += _random.NextDouble();
        }

        return Math.Clamp(sum, -limit, limit);
    }

    /// <summary>Mixes the parts into one non-negative 31-bit seed (SplitMix64 finaliser; no hash codes).</summary>
    internal static int Mix(int seed, int municipality, int year, int stream)
    {
        var z = (ulong)(uint)seed;
        z = Finalize(z + 0x9E3779B97F4A7C15UL + (ulong)(uint)municipality);
        z = Finalize(z + 0x9E3779B97F4A7C15UL + (ulong)(uint)year);
        z = Finalize(z + 0x9E3779B97F4A7C15UL + (ulong)(uint)stream);
        return (int)(z >> 33);
    }

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
