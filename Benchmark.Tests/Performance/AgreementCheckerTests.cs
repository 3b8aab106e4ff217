using System.Diagnostics;

namespace Benchmark.Tests.Performance;

/// <summary>
/// perf/check_agreement.py, the checker of perf/compare.sh, on tiny files: it accepts equal results and reports a
/// changed rank or statistic. Needs /usr/bin/python3 with pandas (Debian python3-pandas); skipped without.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class AgreementCheckerTests
{
    private const string Stats = "indicator,year,n,mean,median,q1,q3\nsyn_01,2024,3,2.0,2.0,1.5,2.5\nsyn_02,2024,2,5.0,5.0,4.5,5.5\n";
    private const string Ranks = "indicator,year,code,rank\nsyn_01,2024,GM0001,1\nsyn_01,2024,GM0002,2\nsyn_01,2024,GM0003,2\nsyn_02,2024,GM0001,1\nsyn_02,2024,GM0002,2\n";

    private string _folder = string.Empty;

    [SetUp]
    public void Create()
    {
        _folder = Path.Combine(Path.GetTempPath(), "agreement-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Checker_SameResultsInAnotherOrderAndWithAGroupColumn_Agree()
    {
        Write("a", Stats, Ranks);
        var reordered = "indicator,year,group,code,rank\n" + string.Join('\n', Ranks.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Reverse()
            .Select(l => l.Insert(l.IndexOf(",GM", StringComparison.Ordinal), ",All municipalities"))) + "\n";
        Write("b", "indicator,year,group,n,mean,median,q1,q3\nsyn_02,2024,All,2,5.0000000000001,5.0,4.5,5.5\nsyn_01,2024,All,3,2.0,2.0,1.5,2.5\n", reordered);

        var (exit, output) = Check();

        Assert.That(exit, Is.Zero, output);
        Assert.That(output, Does.Contain("ranks: 5 ranked observations compared").And.Contain("agree"));
    }

    [Test]
    public void Checker_OneRankDiffers_Disagrees()
    {
        Write("a", Stats, Ranks);
        Write("b", Stats, Ranks.Replace("GM0003,2", "GM0003,3", StringComparison.Ordinal));

        var (exit, output) = Check();

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("1 ranks differ"));
    }

    [Test]
    public void Checker_AQuartileDiffers_Disagrees()
    {
        Write("a", Stats, Ranks);
        Write("b", Stats.Replace("1.5,2.5", "1.5,2.6", StringComparison.Ordinal), Ranks);

        var (exit, output) = Check();

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("q3 differs"));
    }

    [Test]
    public void Checker_StatisticsOnly_ComparesNoRanksAndStillFindsADifferentQuartile()
    {
        Write("a", Stats, Ranks);
        Write("b", Stats.Replace("1.5,2.5", "1.5,2.6", StringComparison.Ordinal), Ranks);

        var (sameExit, same) = Check(ranks: false, second: "a");
        var (otherExit, other) = Check(ranks: false);

        Assert.That(sameExit, Is.Zero, same);
        Assert.That(same, Does.Contain("stats: 2 indicator x year groups compared").And.Not.Contain("ranks:"));
        Assert.That(otherExit, Is.EqualTo(1), other);
        Assert.That(other, Does.Contain("q3 differs"));
    }

    private void Write(string name, string stats, string ranks)
    {
        File.WriteAllText(Path.Combine(_folder, name + "-stats.csv"), stats);
        File.WriteAllText(Path.Combine(_folder, name + "-ranks.csv"), ranks);
    }

    private (int Exit, string Output) Check(bool ranks = true, string second = "b")
    {
        const string Python = "/usr/bin/python3";
        if (!File.Exists(Python) || Run(Python, "-c", "import pandas").Exit != 0)
        {
            Assert.Ignore("needs /usr/bin/python3 with pandas (apt-get install python3-pandas)");
        }

        var script = Path.Combine(TestPaths.RepositoryRoot(), "perf", "check_agreement.py");
        return Run(Python, script, Pair("a", "a"), Pair("b", second));

        string Pair(string name, string file) => $"{name}={Path.Combine(_folder, file + "-stats.csv")}"
            + (ranks ? $",{Path.Combine(_folder, file + "-ranks.csv")}" : string.Empty);
    }

    private static (int Exit, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
