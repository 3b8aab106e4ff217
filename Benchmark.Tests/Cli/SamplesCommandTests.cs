using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

public sealed class SamplesCommandTests
{
    [Test]
    public void Samples_WritesFilesIdenticalToTheCommittedOnes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRunner.Run("samples", "--out", folder);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Console + run.Error);
            var written = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories);
            Assert.That(written, Is.Not.Empty);
            foreach (var path in written)
            {
                var committed = Path.Combine(TestPaths.Samples, Path.GetRelativePath(folder, path));
                Assert.That(File.ReadAllBytes(path), Is.EqualTo(File.ReadAllBytes(committed)), committed);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
