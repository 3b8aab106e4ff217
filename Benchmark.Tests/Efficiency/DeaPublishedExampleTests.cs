using System.Globalization;
using Benchmark.Efficiency.Dea;

namespace Benchmark.Tests.Efficiency;

/// <summary>
/// DEA against the published pyDEA example (TestData/dea, see its README): 11 units, 3 inputs, 2 outputs. pyDEA publishes
/// the scores only; slacks and λ are checked by what the two-phase method guarantees (the target lies on the frontier
/// and equals the reference set's combination), so a wrong λ or slack fails.
/// </summary>
public sealed class DeaPublishedExampleTests
{
    // pyDEA tests/test_CRS_env_input_oriented_model.py, _check_large_model (CCR input-oriented, A..K).
    private static readonly double[] CcrInput = [1, 0.64858757, 0.90924776, 1, 0.54907162, 1, 1, 0.8241206, 1, 0.62673338, 1];

    // shared/data/SOURCES.md §4: BCC input-oriented (scipy/HiGHS; also asserted by pyDEA's VRS test).
    private static readonly double[] BccInput = [1, 0.86998617, 1, 1, 1, 1, 1, 1, 1, 0.6386574, 1];

    [Test]
    public void CcrInput_PyDeaExample_MatchesPublishedScores()
    {
        var result = DeaSolver.Solve(Load(), ["I1", "I2", "I3"], ["O1", "O2"], DeaOptions.Default with { Returns = ReturnsToScale.Constant });

        // pyDEA publishes 8 decimals, so 1e-6 is the strictest meaningful tolerance here.
        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(CcrInput).Within(1e-6));
    }

    [Test]
    public void BccInput_PyDeaExample_MatchesPublishedScores()
    {
        var result = DeaSolver.Solve(Load(), ["I1", "I2", "I3"], ["O1", "O2"], DeaOptions.Default);

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(BccInput).Within(1e-6));
    }

    [TestCase(ReturnsToScale.Constant, DeaOrientation.Input)]
    [TestCase(ReturnsToScale.Constant, DeaOrientation.Output)]
    [TestCase(ReturnsToScale.Variable, DeaOrientation.Input)]
    [TestCase(ReturnsToScale.Variable, DeaOrientation.Output)]
    public void EveryModel_PyDeaExample_TargetIsTheReferenceSetsCombination(ReturnsToScale returns, DeaOrientation orientation)
    {
        var units = Load();
        var result = DeaSolver.Solve(units, ["I1", "I2", "I3"], ["O1", "O2"], new DeaOptions { Returns = returns, Orientation = orientation });

        Assert.Multiple(() =>
        {
            foreach (var (unit, score) in units.Zip(result.Scores))
            {
                var input = orientation == DeaOrientation.Input;
                for (var i = 0; i < 3; i++)
                {
                    var target = ((input ? score.Score : 1) * unit.Inputs[i]) - score.InputSlacks[i];
                    var combination = score.Peers.Sum(p => p.Lambda * units.Single(u => u.Id == p.Id).Inputs[i]);
                    Assert.That(combination, Is.EqualTo(target).Within(1e-6), $"{unit.Id} input {i}");
                }

                for (var r = 0; r < 2; r++)
                {
                    var target = ((input ? 1 : score.Score) * unit.Outputs[r]) + score.OutputSlacks[r];
                    var combination = score.Peers.Sum(p => p.Lambda * units.Single(u => u.Id == p.Id).Outputs[r]);
                    Assert.That(combination, Is.EqualTo(target).Within(1e-6), $"{unit.Id} output {r}");
                }

                if (returns == ReturnsToScale.Variable)
                {
                    Assert.That(score.Peers.Sum(p => p.Lambda), Is.EqualTo(1).Within(1e-9), $"{unit.Id} Σλ");
                }

                Assert.That(score.Peers.Select(p => p.Id), Is.SubsetOf(result.Scores.Where(s => s.IsEfficient).Select(s => s.Id)), $"{unit.Id}: peers are efficient");
            }
        });
    }

    [Test]
    public void SuperEfficiency_PyDeaExample_MatchesPublishedScores()
    {
        // pyDEA tests/test_super_efficiency.py, test_super_efficiency_medium (CCR input-oriented, A..K, checked there to 1e-6).
        double[] published = [1.652173892, 0.6485875732, 0.909247759, 1.116838534, 0.5490716156, 2.485294106, 1.244945494, 0.824120607, 2.299898658, 0.6267333816, 1.088235274];

        var result = DeaSolver.Solve(Load(), ["I1", "I2", "I3"], ["O1", "O2"], DeaOptions.Default with { Returns = ReturnsToScale.Constant });

        Assert.That(result.Scores.Select(s => s.SuperEfficiency), Is.EqualTo(published).Within(1e-6));
    }

    [Test]
    public void CcrOutput_PyDeaExample_IsTheReciprocalOfThePublishedInputScores()
    {
        // Under constant returns φ* = 1 / θ* (Cooper, Seiford & Tone 2007, §3.7), so pyDEA's CCR-I scores fix the CCR-O ones.
        var result = DeaSolver.Solve(Load(), ["I1", "I2", "I3"], ["O1", "O2"], new DeaOptions { Returns = ReturnsToScale.Constant, Orientation = DeaOrientation.Output });

        Assert.That(result.Scores.Select(s => s.Score), Is.EqualTo(CcrInput.Select(t => 1 / t)).Within(1e-6));
    }

    [Test]
    public void SuperEfficiency_PyDeaExample_RanksEfficientUnitsAboveOneAndKeepsTheOthers()
    {
        var result = DeaSolver.Solve(Load(), ["I1", "I2", "I3"], ["O1", "O2"], DeaOptions.Default with { Returns = ReturnsToScale.Constant });

        Assert.Multiple(() =>
        {
            foreach (var s in result.Scores)
            {
                if (s.Score < 1)
                {
                    Assert.That(s.SuperEfficiency, Is.EqualTo(s.Score), s.Id);
                }
                else
                {
                    Assert.That(s.SuperEfficiency, Is.GreaterThanOrEqualTo(1 - 1e-9), s.Id);
                }
            }

            Assert.That(result.Scores.Count(s => s.SuperEfficiency > 1 + 1e-6), Is.GreaterThan(0), "some efficient unit is strictly super-efficient");
        });
    }

    internal static List<DeaUnit> Load()
    {
        var lines = File.ReadAllLines(TestPaths.TestData("dea", "pyDEA_DEA_example2_data.csv")).Skip(1);
        return [.. lines.Select(line =>
        {
            var f = line.Split(',');
            var v = f.Skip(2).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return new DeaUnit(f[1], v[..3], v[3..]);
        })];
    }
}
