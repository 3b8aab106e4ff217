using Benchmark.Import;
using Benchmark.Samples;

namespace Benchmark.Tests.Synthetic;

/// <summary>
/// The committed generated samples are exactly what the generator writes with the default options and the built-in
/// registry. When a change to the generator is intended, regenerate with
/// <c>dotnet run --project Benchmark.Cli -- samples --out samples</c> and commit the files.
/// </summary>
public sealed class SamplesAreReproducibleTests
{
    private static readonly Lazy<IReadOnlyList<SampleFile>> Generated = new(() => SampleGenerator.Generate(BuiltInMunicipalities.Registry, SampleOptions.Default));

    private static string SamplesFolder => Path.Combine(TestPaths.RepositoryRoot(), "samples");

    public static IEnumerable<string> GeneratedPaths() => Generated.Value.Select(f => f.RelativePath);

    [TestCaseSource(nameof(GeneratedPaths))]
    public void CommittedSample_EqualsGeneratedBytes(string relativePath)
    {
        var path = Path.Combine(SamplesFolder, relativePath);
        Assert.That(File.Exists(path), Is.True, $"{path} is committed");

        var committed = File.ReadAllBytes(path);
        var generated = Generated.Value.Single(f => f.RelativePath == relativePath).Content.ToArray();

        Assert.That(committed.Length, Is.EqualTo(generated.Length), $"{relativePath}: length (line endings or BOM changed?)");
        Assert.That(committed, Is.EqualTo(generated), $"{relativePath}: regenerate with 'benchmark samples --out samples' if the change is intended");
    }

    [Test]
    public void CommittedSamples_HoldNoGeneratedFileTheGeneratorNoLongerWrites()
    {
        var committed = Directory.GetFiles(SamplesFolder, "benchmark-*.csv")
            .Concat(Directory.GetFiles(Path.Combine(SamplesFolder, "long"), "*.csv"))
            .Concat(Directory.GetFiles(Path.Combine(SamplesFolder, "survey"), "*.csv"))
            .Select(p => Path.GetRelativePath(SamplesFolder, p).Replace('\\', '/'));

        Assert.That(committed, Is.EquivalentTo(GeneratedPaths()));
    }

}
