using System.Xml.Linq;

namespace Benchmark.Tests.Documentation;

/// <summary>
/// The project graph the README describes: Import → Core → Store/Reports/Export → Cli, with Samples beside it for the
/// CLI, tests and performance harness only, and no project reaching into another's internals.
/// </summary>
public sealed class ProjectGraphTests
{
    private static readonly string[] Libraries =
        ["Benchmark.Core", "Benchmark.Import", "Benchmark.Store", "Benchmark.Reports", "Benchmark.Export", "Benchmark.Efficiency", "Benchmark.Samples", "Benchmark.Cli"];

    [TestCaseSource(nameof(Libraries))]
    public void InternalsAreOpenOnlyToTheTestsAndThePerformanceHarness(string project)
    {
        var granted = Items(project, "InternalsVisibleTo").ToList();

        Assert.That(granted, Is.SubsetOf(new[] { "Benchmark.Tests", "Benchmark.Performance" }));
    }

    [Test]
    public void DataFramesAreOptIn_OnlyBenchmarkExportReferencesMicrosoftDataAnalysis()
    {
        var users = Libraries.Where(p => Items(p, "PackageReference").Contains("Microsoft.Data.Analysis")).ToList();

        Assert.That(users, Is.EqualTo(new[] { "Benchmark.Export" }));
    }

    [Test]
    public void SampleGenerators_AreReferencedOnlyByTheCliTestsAndPerformanceHarness()
    {
        var all = Libraries.Concat(["Benchmark.Tests", "Benchmark.Performance"]);
        var users = all.Where(p => Items(p, "ProjectReference").Any(r => r.EndsWith("Benchmark.Samples.csproj", StringComparison.Ordinal))).ToList();

        Assert.That(users, Is.EquivalentTo(new[] { "Benchmark.Cli", "Benchmark.Tests", "Benchmark.Performance" }));
    }

    [TestCase("Benchmark.Core", new string[0])]
    [TestCase("Benchmark.Import", new[] { "Benchmark.Core" })]
    [TestCase("Benchmark.Store", new[] { "Benchmark.Core", "Benchmark.Import" })]
    [TestCase("Benchmark.Export", new[] { "Benchmark.Core", "Benchmark.Import" })]
    public void LibrariesReferenceOnlyTheStagesBeforeThem(string project, string[] expected)
    {
        var references = Items(project, "ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/'))).ToList();

        Assert.That(references, Is.EquivalentTo(expected));
    }

    private static IEnumerable<string> Items(string project, string element)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot(), project, project + ".csproj");
        return XDocument.Load(path).Descendants(element).Select(e => (string?)e.Attribute("Include") ?? string.Empty);
    }
}
