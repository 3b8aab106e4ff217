using System.Text.RegularExpressions;
using Benchmark.Validation;

namespace Benchmark.Tests.Documentation;

/// <summary>Keeps the README true: its rule table, its first-screen commands and its promises.</summary>
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md"));

    [Test]
    public void RuleTable_ListsEveryRuleWithItsSeverity()
    {
        var readme = Readme;

        foreach (var rule in Rules.All.Concat(Benchmark.Survey.SurveyRules.All))
        {
            Assert.That(readme, Does.Contain($"| `{rule.Id}` | {rule.Severity.ToString().ToLowerInvariant()} |"), rule.Id);
        }
    }

    [Test]
    public void RuleTable_HasNoRuleTheCodeDoesNotKnow()
    {
        var documented = RuleRow().Matches(Readme).Select(m => m.Groups[1].Value);

        Assert.That(documented, Is.SubsetOf(Rules.All.Concat(Benchmark.Survey.SurveyRules.All).Select(r => r.Id)));
    }

    [Test]
    public void FirstScreen_HasTheTwoSetUpCommands()
    {
        var firstScreen = string.Join('\n', Readme.Split('\n').Take(25));

        Assert.That(firstScreen, Does.Contain("dotnet run --project Benchmark.Cli -- demo"));
        Assert.That(firstScreen, Does.Contain("dotnet test Benchmark.sln"));
    }

    [Test]
    public void CiScript_RunsTheReadmeTestCommand()
    {
        var ci = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), ".ci", "run"));

        Assert.That(ci, Does.Contain("dotnet test Benchmark.sln"));
    }

    [GeneratedRegex(@"^\| `([a-z]+\.[a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
