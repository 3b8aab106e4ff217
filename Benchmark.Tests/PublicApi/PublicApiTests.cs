using System.Reflection;
using System.Runtime.CompilerServices;
using Benchmark.Efficiency;
using Benchmark.Import;
using Benchmark.Reports.Composition;
using Benchmark.Store;
using PublicApiGenerator;

namespace Benchmark.Tests.PublicApi;

/// <summary>
/// The public API of every library assembly, as PublicApiGenerator prints it, against the approved text committed next to
/// this file (<c>PublicApi/&lt;assembly&gt;.approved.txt</c>): an API change fails here until it is approved on purpose.
/// </summary>
/// <remarks>
/// To approve a change, run the tests with <c>BENCHMARK_APPROVE_API=1</c> (it rewrites the approved files), review the
/// diff of <c>Benchmark.Tests/PublicApi/*.approved.txt</c> and commit it with the change.
/// </remarks>
public sealed class PublicApiTests
{
    /// <summary>The environment variable that rewrites the approved files instead of comparing.</summary>
    public const string ApproveVariable = "BENCHMARK_APPROVE_API";

    private static readonly ApiGeneratorOptions Options = new() { IncludeAssemblyAttributes = false };

    private static IEnumerable<TestCaseData> Assemblies() =>
        new[]
        {
            typeof(BenchmarkEngine).Assembly,
            typeof(DatasetLoader).Assembly,
            typeof(IDatasetStore).Assembly,
            typeof(MunicipalityReportComposer).Assembly,
            typeof(EfficiencyEngine).Assembly,
            typeof(Benchmark.Export.DataFrames).Assembly,
            typeof(Benchmark.Samples.SampleGenerator).Assembly,
            typeof(Benchmark.Web.BenchmarkWeb).Assembly,
        }.Select(a => new TestCaseData(a).SetArgDisplayNames(a.GetName().Name!));

    [TestCaseSource(nameof(Assemblies))]
    public void PublicApi_IsTheApprovedOne(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        var path = Path.Combine(Folder(), name + ".approved.txt");
        var actual = Normalize(assembly.GeneratePublicApi(Options));

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Inconclusive($"Approved the public API of {name} in {path}: review the diff, then run the test again without {ApproveVariable}.");
        }

        // The source folder when the tests run where they were built, else the copy in the output folder.
        var copy = Path.Combine(AppContext.BaseDirectory, "PublicApi", name + ".approved.txt");
        var approved = File.Exists(path) ? Normalize(File.ReadAllText(path)) : File.Exists(copy) ? Normalize(File.ReadAllText(copy)) : string.Empty;
        Assert.That(
            actual,
            Is.EqualTo(approved),
            $"The public API of {name} differs from {path}. If the change is deliberate, run the tests with {ApproveVariable}=1 " +
            $"(e.g. {ApproveVariable}=1 dotnet test Benchmark.Tests --filter FullyQualifiedName~PublicApiTests), review the diff of the approved file and commit it.");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
