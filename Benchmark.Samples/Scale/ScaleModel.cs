namespace Benchmark.Samples.Scale;

/// <summary>
/// The value model of the scale generator. Indicator k has a level (5–1,000), a spread between units (8–30 % of the
/// level), a yearly trend (−1 % to +2 %) and a year-to-year noise (1–4 %). A unit's value is
/// level × (1 + trend × t) × (1 + spread × (0.6 a + 0.8 b) + noise × e), with a the unit's general latent factor
/// (shared by all its indicators, so indicators correlate), b its persistent factor for the indicator and e the year's
/// noise, all approximately standard normal and bounded; at least 5 % of the level. Values are rounded to cents.
/// </summary>
internal sealed class ScaleModel
{
    private const int StreamLevel = 1;
    private const int StreamSpread = 2;
    private const int StreamTrend = 3;
    private const int StreamNoise = 4;
    private const int StreamGeneral = 5;
    private const int StreamSpecific = 6;
    private const int StreamYear = 7;
    private const int StreamMissing = 8;
    private const int StreamOutlier = 9;

    private readonly ScaleOptions _options;
    private readonly double[] _level;
    private readonly double[] _spread;
    private readonly double[] _trend;
    private readonly double[] _noise;
    private readonly double[] _general;
    private readonly Dictionary<long, double> _outliers = [];

    public ScaleModel(ScaleOptions options)
    {
        _options = options;
        var seed = options.Seed;
        var k = options.Indicators;
        _level = new double[k];
        _spread = new double[k];
        _trend = new double[k];
        _noise = new double[k];
        for (var i = 0; i < k; i++)
        {
            var u = CounterRandom.Uniform(seed, i, 0, 0, StreamLevel);
            _level[i] = 5 + (995 * u * u);
            _spread[i] = 0.08 + (0.22 * CounterRandom.Uniform(seed, i, 0, 0, StreamSpread));
            _trend[i] = -0.01 + (0.03 * CounterRandom.Uniform(seed, i, 0, 0, StreamTrend));
            _noise[i] = 0.01 + (0.03 * CounterRandom.Uniform(seed, i, 0, 0, StreamNoise));
        }

        _general = new double[options.Units];
        for (var unit = 0; unit < _general.Length; unit++)
        {
            _general[unit] = CounterRandom.Normal(seed, unit, 0, 0, StreamGeneral);
        }

        PlantOutliers();
    }

    /// <summary>The level of indicator <paramref name="indicator"/>.</summary>
    public double Level(int indicator) => _level[indicator];

    /// <summary>
    /// The range every value of <paramref name="indicator"/> lies in without a planted outlier (the normal draws are
    /// bounded by ±√12), widened by a tenth: the catalogue's plausible range, so that validation flags the planted
    /// outliers rather than the ordinary spread.
    /// </summary>
    public (double Min, double Max) NaturalRange(int indicator)
    {
        const double bound = 3.4641016151377544;
        var spread = _spread[indicator] * 1.4 * bound;
        var noise = _noise[indicator] * bound;
        var last = 1 + (_trend[indicator] * (_options.Years - 1));
        var low = _level[indicator] * Math.Min(1, last) * Math.Max(1 - spread - noise, 0.05);
        var high = _level[indicator] * Math.Max(1, last) * (1 + spread + noise);
        return (Math.Round(low * 0.9, 2), Math.Round(high * 1.1, 2));
    }

    /// <summary>
    /// The value of a cell in cents, or <see langword="null"/> when it is missing. <paramref name="year"/> is the offset
    /// from the first year.
    /// </summary>
    public long? Cents(int unit, int year, int indicator)
    {
        var seed = _options.Seed;
        if (_options.MissingRate > 0 && CounterRandom.Uniform(seed, unit, year, indicator, StreamMissing) < _options.MissingRate)
        {
            return null;
        }

        var specific = CounterRandom.Normal(seed, unit, indicator, 0, StreamSpecific);
        var noise = CounterRandom.Normal(seed, unit, year, indicator, StreamYear);
        var relative = 1 + (_spread[indicator] * ((0.6 * _general[unit]) + (0.8 * specific))) + (_noise[indicator] * noise);
        var value = _level[indicator] * (1 + (_trend[indicator] * year)) * Math.Max(relative, 0.05);
        if (_outliers.Count > 0 && _outliers.TryGetValue(Key(unit, year, indicator), out var factor))
        {
            value *= factor;
        }

        return (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);
    }

    private void PlantOutliers()
    {
        var count = _options.OutlierCount;
        for (var j = 0; _outliers.Count < count; j++)
        {
            var unit = (int)(CounterRandom.Bits(_options.Seed, j, 0, 0, StreamOutlier) % (ulong)_options.Units);
            var year = (int)(CounterRandom.Bits(_options.Seed, j, 1, 0, StreamOutlier) % (ulong)_options.Years);
            var indicator = (int)(CounterRandom.Bits(_options.Seed, j, 2, 0, StreamOutlier) % (ulong)_options.Indicators);
            _outliers.TryAdd(Key(unit, year, indicator), j % 2 == 0 ? 6.0 : 1.0 / 6.0);
        }
    }

    private long Key(int unit, int year, int indicator) => ((((long)unit * _options.Years) + year) * _options.Indicators) + indicator;
}
