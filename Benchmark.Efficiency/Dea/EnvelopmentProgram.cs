using Google.OrTools.LinearSolver;

namespace Benchmark.Efficiency.Dea;

/// <summary>
/// The two envelopment linear programs of one DEA model over one set of units, built once and re-targeted per unit
/// (only the evaluated unit's column and right-hand sides change), solved with GLOP.
/// </summary>
/// <remarks>
/// Data are divided by each variable's mean first (radial DEA does not depend on units of measurement); slacks are
/// scaled back. Phase 1: min θ (input) or max φ (output). Phase 2: the score fixed, maximise the slack objective.
/// Not thread-safe: one instance per thread.
/// </remarks>
internal sealed class EnvelopmentProgram : IDisposable
{
    private readonly double[][] _x;
    private readonly double[][] _y;
    private readonly double[] _xScale;
    private readonly double[] _yScale;
    private readonly DeaOptions _options;
    private readonly Solver _radial;
    private readonly Variable _score;
    private readonly Variable[] _lambda;
    private readonly Constraint[] _radialInputs;
    private readonly Constraint[] _radialOutputs;
    private readonly Solver _slack;
    private readonly Variable[] _slackLambda;
    private readonly Variable[] _inputSlack;
    private readonly Variable[] _outputSlack;
    private readonly Constraint[] _slackInputs;
    private readonly Constraint[] _slackOutputs;

    public EnvelopmentProgram(IReadOnlyList<DeaUnit> units, DeaOptions options)
    {
        _options = options;
        var m = units[0].Inputs.Count;
        var s = units[0].Outputs.Count;
        _xScale = [.. Enumerable.Range(0, m).Select(i => units.Average(u => u.Inputs[i]))];
        _yScale = [.. Enumerable.Range(0, s).Select(r => units.Average(u => u.Outputs[r]))];
        _x = [.. units.Select(u => Enumerable.Range(0, m).Select(i => u.Inputs[i] / _xScale[i]).ToArray())];
        _y = [.. units.Select(u => Enumerable.Range(0, s).Select(r => u.Outputs[r] / _yScale[r]).ToArray())];

        _radial = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("The GLOP linear solver of OR-Tools is not available.");
        _score = _radial.MakeNumVar(0, double.PositiveInfinity, "score");
        _lambda = Lambdas(_radial);
        _radialInputs = [.. Enumerable.Range(0, m).Select(i => Row(_radial, _lambda, _x, i, double.NegativeInfinity, options.Orientation == DeaOrientation.Input ? 0 : 1))];
        _radialOutputs = [.. Enumerable.Range(0, s).Select(r => Row(_radial, _lambda, _y, r, options.Orientation == DeaOrientation.Input ? 1 : 0, double.PositiveInfinity))];
        var objective = _radial.Objective();
        objective.SetCoefficient(_score, 1);
        if (options.Orientation == DeaOrientation.Input)
        {
            objective.SetMinimization();
        }
        else
        {
            objective.SetMaximization();
        }

        _slack = Solver.CreateSolver("GLOP")!;
        _slackLambda = Lambdas(_slack);
        _inputSlack = [.. Enumerable.Range(0, m).Select(i => _slack.MakeNumVar(0, double.PositiveInfinity, $"s-{i}"))];
        _outputSlack = [.. Enumerable.Range(0, s).Select(r => _slack.MakeNumVar(0, double.PositiveInfinity, $"s+{r}"))];
        _slackInputs = [.. Enumerable.Range(0, m).Select(i => Row(_slack, _slackLambda, _x, i, 0, 0))];
        _slackOutputs = [.. Enumerable.Range(0, s).Select(r => Row(_slack, _slackLambda, _y, r, 0, 0))];
        // Plain sum: a slack in own units is the scaled slack × the mean, so its objective coefficient is the mean
        // (divided by the largest, which leaves the optimum unchanged and keeps GLOP's numbers near 1).
        var largest = options.Slacks == SlackObjective.Sum ? _xScale.Concat(_yScale).Max() : 1;
        var slackObjective = _slack.Objective();
        for (var i = 0; i < m; i++)
        {
            _slackInputs[i].SetCoefficient(_inputSlack[i], 1);
            slackObjective.SetCoefficient(_inputSlack[i], options.Slacks == SlackObjective.Sum ? _xScale[i] / largest : 1);
        }

        for (var r = 0; r < s; r++)
        {
            _slackOutputs[r].SetCoefficient(_outputSlack[r], -1);
            slackObjective.SetCoefficient(_outputSlack[r], options.Slacks == SlackObjective.Sum ? _yScale[r] / largest : 1);
        }

        slackObjective.SetMaximization();
    }

    /// <summary>Phase 1 for unit <paramref name="o"/>: θ or φ, or NaN when infeasible; <paramref name="excludeSelf"/> gives the Andersen–Petersen program.</summary>
    public double Radial(int o, bool excludeSelf)
    {
        var input = _options.Orientation == DeaOrientation.Input;
        for (var i = 0; i < _radialInputs.Length; i++)
        {
            _radialInputs[i].SetCoefficient(_score, input ? -_x[o][i] : 0);
            _radialInputs[i].SetUb(input ? 0 : _x[o][i]);
        }

        for (var r = 0; r < _radialOutputs.Length; r++)
        {
            _radialOutputs[r].SetCoefficient(_score, input ? 0 : -_y[o][r]);
            _radialOutputs[r].SetLb(input ? _y[o][r] : 0);
        }

        // Andersen–Petersen: unit o leaves the reference set (its column is emptied, then restored).
        SetColumn(o, excludeSelf ? 0 : 1);
        var score = _radial.Solve() == Solver.ResultStatus.OPTIMAL ? _score.SolutionValue() : double.NaN;
        if (excludeSelf)
        {
            // Read before restoring: any change to the model discards the solution.
            SetColumn(o, 1);
        }

        return score;
    }

    /// <summary>Phase 2 for unit <paramref name="o"/> with its radial score fixed: slacks (own units) and λ; <see langword="null"/> when GLOP finds no optimum.</summary>
    public (double[] InputSlacks, double[] OutputSlacks, double[] Lambda)? Slacks(int o, double score)
    {
        var input = _options.Orientation == DeaOrientation.Input;
        for (var i = 0; i < _slackInputs.Length; i++)
        {
            var rhs = input ? score * _x[o][i] : _x[o][i];
            _slackInputs[i].SetBounds(rhs, rhs);
        }

        for (var r = 0; r < _slackOutputs.Length; r++)
        {
            var rhs = input ? _y[o][r] : score * _y[o][r];
            _slackOutputs[r].SetBounds(rhs, rhs);
        }

        var status = _slack.Solve();
        if (status == Solver.ResultStatus.ABNORMAL)
        {
            // A warm start can leave GLOP stuck; solve again from scratch.
            _slack.Reset();
            status = _slack.Solve();
        }

        if (status != Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }

        return (
            [.. _inputSlack.Select((v, i) => v.SolutionValue() * _xScale[i])],
            [.. _outputSlack.Select((v, r) => v.SolutionValue() * _yScale[r])],
            [.. _slackLambda.Select(v => v.SolutionValue())]);
    }

    private void SetColumn(int j, double factor)
    {
        for (var i = 0; i < _radialInputs.Length; i++)
        {
            _radialInputs[i].SetCoefficient(_lambda[j], factor * _x[j][i]);
        }

        for (var r = 0; r < _radialOutputs.Length; r++)
        {
            _radialOutputs[r].SetCoefficient(_lambda[j], factor * _y[j][r]);
        }

        _lambda[j].SetUb(factor == 0 ? 0 : double.PositiveInfinity);
    }

    public void Dispose()
    {
        _radial.Dispose();
        _slack.Dispose();
    }

    private Variable[] Lambdas(Solver solver)
    {
        var lambda = Enumerable.Range(0, _x.Length).Select(j => solver.MakeNumVar(0, double.PositiveInfinity, $"l{j}")).ToArray();
        if (_options.Returns == ReturnsToScale.Variable)
        {
            var convexity = solver.MakeConstraint(1, 1, "convexity");
            foreach (var l in lambda)
            {
                convexity.SetCoefficient(l, 1);
            }
        }

        return lambda;
    }

    private static Constraint Row(Solver solver, Variable[] lambda, double[][] data, int k, double lower, double upper)
    {
        var row = solver.MakeConstraint(lower, upper);
        for (var j = 0; j < lambda.Length; j++)
        {
            row.SetCoefficient(lambda[j], data[j][k]);
        }

        return row;
    }
}
