namespace Benchmark.Efficiency.Dea;

/// <summary>
/// Data envelopment analysis: CCR and BCC, input- or output-oriented, envelopment form solved with GLOP (OR-Tools) by
/// the two-phase method, so that every unit gets its radial score, its slacks, its reference set with λ and — for the
/// efficient ones — the Andersen–Petersen super-efficiency.
/// </summary>
/// <remarks>
/// <para>Phase 1 (input): min θ s.t. Σⱼ λⱼ xᵢⱼ ≤ θ xᵢₒ, Σⱼ λⱼ yᵣⱼ ≥ yᵣₒ, λ ≥ 0 (BCC: Σ λ = 1). Output: max φ s.t.
/// Σⱼ λⱼ xᵢⱼ ≤ xᵢₒ, Σⱼ λⱼ yᵣⱼ ≥ φ yᵣₒ.</para>
/// <para>Phase 2: with θ* (φ*) fixed, max Σ s⁻ + Σ s⁺ over Σ λ x + s⁻ = θ* xₒ, Σ λ y − s⁺ = yₒ (output: = xₒ and = φ* yₒ).
/// The reference set is { j : λⱼ &gt; tolerance } of phase 2.</para>
/// <para>Super-efficiency (Andersen &amp; Petersen 1993): phase 1 with λₒ = 0; under variable returns it can be infeasible (NaN).</para>
/// </remarks>
public static class DeaSolver
{
    /// <summary>Solves the model of <paramref name="options"/> for every unit.</summary>
    /// <param name="units">At least one unit; every unit has the same number (≥ 1) of inputs and outputs, all finite and &gt; 0, and a distinct id.</param>
    /// <param name="inputNames">The inputs' names (as many as each unit's inputs).</param>
    /// <param name="outputNames">The outputs' names.</param>
    /// <param name="options">The model; <see cref="DeaOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">When the units are empty, ragged, have a duplicate id or a value that is not finite and positive (leave such units out with a finding first).</exception>
    public static DeaResult Solve(IReadOnlyList<DeaUnit> units, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames, DeaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(inputNames);
        ArgumentNullException.ThrowIfNull(outputNames);
        options ??= DeaOptions.Default;
        Validate(units, inputNames.Count, outputNames.Count);
        var scores = new DeaScore[units.Count];
        var workers = Math.Clamp(units.Count / 64, 1, Environment.ProcessorCount);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            using var program = new EnvelopmentProgram(units, options);
            for (var o = w; o < units.Count; o += workers)
            {
                scores[o] = Score(program, units, o, options);
            }
        });
        return new DeaResult(options, [.. inputNames], [.. outputNames], scores);
    }

    private static DeaScore Score(EnvelopmentProgram program, IReadOnlyList<DeaUnit> units, int o, DeaOptions options)
    {
        var score = program.Radial(o, excludeSelf: false);
        if (Math.Abs(score - 1) <= options.Tolerance * 10)
        {
            score = 1;
        }

        // Phase 2 fixes the score; when GLOP's rounding leaves the fixed score a hair on the wrong side of feasibility,
        // relax it by 1e-9 relative (the slacks move by as little).
        var relaxed = options.Orientation == DeaOrientation.Input ? score * (1 + 1e-9) : score * (1 - 1e-9);
        var phase2 = double.IsFinite(score) ? program.Slacks(o, score) ?? program.Slacks(o, relaxed) : null;
        if (phase2 is null)
        {
            // GLOP found no optimum (never seen on the test tables or the samples): the score stands, slacks and peers
            // are unknown (NaN, none) rather than a crash in a batch of reports.
            var unknown = new DeaScore(units[o].Id, score, [.. units[o].Inputs.Select(_ => double.NaN)], [.. units[o].Outputs.Select(_ => double.NaN)], [], double.NaN);
            return unknown with { OutputOriented = options.Orientation == DeaOrientation.Output };
        }

        var inputSlacks = Clean(phase2.Value.InputSlacks, units.Select(u => u.Inputs), options.Tolerance);
        var outputSlacks = Clean(phase2.Value.OutputSlacks, units.Select(u => u.Outputs), options.Tolerance);
        var peers = phase2.Value.Lambda.Select((l, j) => (l, j)).Where(p => p.l > options.Tolerance)
            .OrderByDescending(p => p.l).ThenBy(p => units[p.j].Id, StringComparer.Ordinal)
            .Select(p => new DeaPeer(units[p.j].Id, p.l)).ToList();
        var efficient = score == 1 && inputSlacks.All(v => v == 0) && outputSlacks.All(v => v == 0);
        var super = !options.SuperEfficiency ? double.NaN : score == 1 ? program.Radial(o, excludeSelf: true) : score;
        return new DeaScore(units[o].Id, score, inputSlacks, outputSlacks, peers, super)
        {
            IsEfficient = efficient,
            OutputOriented = options.Orientation == DeaOrientation.Output,
        };
    }

    /// <summary>Slacks below tolerance × the variable's mean are zero (solver noise).</summary>
    private static double[] Clean(double[] slacks, IEnumerable<IReadOnlyList<double>> columns, double tolerance)
    {
        var means = new double[slacks.Length];
        var n = 0;
        foreach (var column in columns)
        {
            for (var k = 0; k < slacks.Length; k++)
            {
                means[k] += column[k];
            }

            n++;
        }

        return [.. slacks.Select((s, k) => s <= tolerance * 1e3 * means[k] / n ? 0 : s)];
    }

    private static void Validate(IReadOnlyList<DeaUnit> units, int inputs, int outputs)
    {
        if (units.Count == 0 || inputs == 0 || outputs == 0)
        {
            throw new ArgumentException("DEA needs at least one unit, one input and one output.", nameof(units));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!ids.Add(unit.Id))
            {
                throw new ArgumentException($"Unit id '{unit.Id}' occurs twice.", nameof(units));
            }

            if (unit.Inputs.Count != inputs || unit.Outputs.Count != outputs)
            {
                throw new ArgumentException($"Unit '{unit.Id}' has {unit.Inputs.Count} inputs and {unit.Outputs.Count} outputs; expected {inputs} and {outputs}.", nameof(units));
            }

            if (unit.Inputs.Concat(unit.Outputs).Any(v => !double.IsFinite(v) || v <= 0))
            {
                throw new ArgumentException($"Unit '{unit.Id}' has a missing, zero or negative value; leave it out (with a finding) before solving.", nameof(units));
            }
        }
    }
}
