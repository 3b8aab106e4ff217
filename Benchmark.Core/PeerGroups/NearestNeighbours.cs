using Benchmark.Municipalities;
using Benchmark.Statistics;

namespace Benchmark.PeerGroups;

/// <summary>
/// Structural nearest neighbours in the style of the CIPFA Nearest Neighbours Model: z-scores, weighted Euclidean
/// distance, rescaled so the farthest municipality is 1.
/// </summary>
/// <remarks>
/// <para>For one year and one universe of municipalities, every variable of <see cref="NearestNeighbourOptions.Variables"/>:</para>
/// <list type="number">
/// <item>is read per municipality (dataset value; for inhabitants and area the reference fills in) and transformed
/// (a log of a value ≤ 0 counts as missing);</item>
/// <item>is standardised over the universe, z = (x − mean) / SD, with the sample SD (n − 1) over the municipalities that
/// have a value; a variable with SD = 0, fewer than two values or weight 0 is dropped;</item>
/// <item>is imputed with the mean where missing, so z = 0, as the PHE nearest-neighbour tool does.</item>
/// </list>
/// <para>
/// The distance to the focus is d = √Σ wᵢ(zᵢ − z_focus,ᵢ)², divided by the largest d from the focus to any municipality
/// of the universe, so the farthest one is at 1 (CIPFA). When all distances are 0 (no usable variable) they stay 0.
/// Order is by distance (rounded to 12 decimals, so that ties in exact arithmetic stay ties), ties by code, so results are deterministic.
/// </para>
/// </remarks>
internal sealed class NearestNeighbours
{
    private readonly Dictionary<MunicipalityCode, int> _index;
    // The transformed values (a missing one as the mean, z = 0) and each used variable's SD: a distance takes the
    // difference of the values before dividing by the SD, so that differences equal in exact arithmetic (400 and 1200
    // around 800) are equal in floating point too; z-scores subtracted differ in the last bits.
    private readonly double[][] _x;
    private readonly double[] _sd;
    private readonly double[] _weights;

    /// <summary>Standardises the variables of <paramref name="context"/> over <paramref name="universe"/> in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">When the options are invalid (K below 1, a negative or non-finite weight, an empty indicator code).</exception>
    public NearestNeighbours(int year, IEnumerable<MunicipalityCode> universe, PeerGroupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(context.NearestNeighbours);
        Options = context.NearestNeighbours;
        Validate(Options);
        Year = year;
        ArgumentNullException.ThrowIfNull(universe);
        Universe = [.. universe.Distinct().Order()];
        _index = Universe.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i);

        var variables = new List<StandardizedVariable>();
        var columns = new List<double[]>();
        var sds = new List<double>();
        var weights = new List<double>();
        foreach (var variable in Options.Variables)
        {
            var x = Universe.Select(code => Transform(PeerUniverse.Value(code, year, variable.Indicator, context), variable.Transform)).ToArray();
            var (count, mean, sd) = Describe(x);
            var used = variable.Weight > 0 && count >= 2 && sd > 0 && double.IsFinite(sd);
            variables.Add(new StandardizedVariable(variable, count, mean, sd, used));
            if (used)
            {
                columns.Add([.. x.Select(v => double.IsNaN(v) ? mean : v)]);
                sds.Add(sd);
                weights.Add(variable.Weight);
            }
        }

        Variables = variables;
        _weights = [.. weights];
        _sd = [.. sds];
        _x = new double[Universe.Count][];
        for (var i = 0; i < Universe.Count; i++)
        {
            _x[i] = [.. columns.Select(c => c[i])];
        }
    }

    /// <summary>The model for the universe of <paramref name="year"/> (see <see cref="PeerGroupResolver.Universe"/>).</summary>
    public static NearestNeighbours For(int year, PeerGroupContext context) =>
        new(year, PeerGroupResolver.Universe(year, context), context);

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The options in use.</summary>
    public NearestNeighbourOptions Options { get; }

    /// <summary>The municipalities compared, ordered by code.</summary>
    public IReadOnlyList<MunicipalityCode> Universe { get; }

    /// <summary>Each configured variable with its mean, SD and whether it was used.</summary>
    public IReadOnlyList<StandardizedVariable> Variables { get; }

    /// <summary>Whether <paramref name="code"/> is in the universe.</summary>
    public bool Contains(MunicipalityCode code) => _index.ContainsKey(code);

    /// <summary>
    /// The rescaled distance from <paramref name="focus"/> to every municipality of the universe, the focus first (0),
    /// then by distance, ties by code.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="focus"/> is not in the universe.</exception>
    public IReadOnlyList<PeerDistance> Distances(MunicipalityCode focus)
    {
        if (!_index.TryGetValue(focus, out var f))
        {
            throw new ArgumentException($"{focus} is not in the universe of {Year} (no data that year, or unknown to the reference).", nameof(focus));
        }

        var raw = new double[Universe.Count];
        var max = 0.0;
        for (var i = 0; i < raw.Length; i++)
        {
            var sum = 0.0;
            for (var v = 0; v < _weights.Length; v++)
            {
                var delta = (_x[i][v] - _x[f][v]) / _sd[v];
                sum += _weights[v] * delta * delta;
            }

            raw[i] = Math.Sqrt(sum);
            max = Math.Max(max, raw[i]);
        }

        // Ordered on the distance rounded to 12 decimals, so that ties up to rounding are broken by code.
        return [.. Enumerable.Range(0, raw.Length)
            .OrderBy(i => i == f ? 0 : 1)
            .ThenBy(i => max > 0 ? Math.Round(raw[i] / max, 12) : 0.0)
            .ThenBy(i => Universe[i])
            .Select(i => new PeerDistance(Universe[i], max > 0 ? raw[i] / max : 0.0))];
    }

    /// <summary>The <paramref name="k"/> nearest municipalities to <paramref name="focus"/>, the focus itself excluded, nearest first, ties by code.</summary>
    /// <param name="focus">The focus municipality.</param>
    /// <param name="k">How many; <see langword="null"/> for <see cref="NearestNeighbourOptions.K"/>. Fewer when the universe is smaller.</param>
    /// <exception cref="ArgumentException">When <paramref name="focus"/> is not in the universe.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="k"/> is less than 1.</exception>
    public IReadOnlyList<PeerDistance> Nearest(MunicipalityCode focus, int? k = null)
    {
        var count = k ?? Options.K;
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(k));
        return [.. Distances(focus).Skip(1).Take(count)];
    }

    private static double Transform(double value, VariableTransform transform) => transform switch
    {
        VariableTransform.Log => value > 0 ? Math.Log(value) : double.NaN,
        _ => double.IsFinite(value) ? value : double.NaN,
    };

    private static (int Count, double Mean, double StandardDeviation) Describe(double[] x)
    {
        double[] present = [.. x.Where(v => !double.IsNaN(v))];
        if (present.Length == 0)
        {
            return (0, double.NaN, double.NaN);
        }

        var mean = Moments.Mean(present);
        return (present.Length, mean, Moments.SampleStandardDeviation(present, mean));
    }

    private static void Validate(NearestNeighbourOptions options)
    {
        if (options.K < 1)
        {
            throw new ArgumentException($"NearestNeighbourOptions.K must be at least 1, not {options.K}.", nameof(options));
        }

        if (options.Variables is null)
        {
            throw new ArgumentException("NearestNeighbourOptions.Variables must not be null.", nameof(options));
        }

        foreach (var variable in options.Variables)
        {
            if (variable is null || string.IsNullOrWhiteSpace(variable.Indicator))
            {
                throw new ArgumentException("A structural variable needs an indicator code.", nameof(options));
            }

            if (!double.IsFinite(variable.Weight) || variable.Weight < 0)
            {
                throw new ArgumentException($"The weight of {variable.Indicator} must be finite and at least 0, not {variable.Weight}.", nameof(options));
            }

        }
    }
}
