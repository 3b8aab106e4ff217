using Benchmark.Cli;
using Benchmark.Cli.Infrastructure;
using Benchmark.Reports.Rendering;
using Benchmark.Tests.Cli;
using Benchmark.Tests.Reports;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: an output is written whole or not at all; a failure is a plain message, never a stack trace.</summary>
public sealed class OutputFileTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-output-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    [Test]
    public void Write_FailingHalfway_KeepsTheOldFileAndLeavesNoPartialFile()
    {
        var target = Path.Combine(_folder.FullName, "out.csv");
        File.WriteAllText(target, "old");

        var thrown = Assert.Throws<OutputFileException>(() => OutputFile.Write<int>(target, stream =>
        {
            stream.Write("new but trunc"u8);
            throw new IOException("No space left on device : '/somewhere/.out.partial.csv'");
        }));

        Assert.That(thrown!.Message, Does.Contain("No space left on device").And.Contain("nothing was written").And.Not.Contain(".partial"));
        Assert.That(thrown.Text.Nl, Does.StartWith($"kan {target} niet schrijven: het systeem meldt: No space left on device").And.EndWith("er is niets geschreven."));
        Assert.That(File.ReadAllText(target), Is.EqualTo("old"));
        Assert.That(_folder.GetFiles().Select(f => f.Name), Is.EqualTo(new[] { "out.csv" }));
    }

    [Test]
    public void Write_Complete_ReplacesTheFile()
    {
        var target = Path.Combine(_folder.FullName, "sub", "out.csv");

        OutputFile.Write(
            target,
            stream =>
            {
                stream.Write("new"u8);
                return 0;
            });

        Assert.That(File.ReadAllText(target), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(target)!), Has.Length.EqualTo(1));
    }

    [Test]
    public void PdfWriter_OutputFailing_ThrowsAManagedIOException()
    {
        // SkiaSharp's own stream wrapper ended the process (exit 134) when the output threw from its native callback.
        var report = Benchmark.Reports.Composition.MunicipalityReportComposer.Compose(ReportTestData.Engine, ReportTestData.Zwolle, 2024, ReportTestData.Options());
        using var failing = new FailingStream(after: 4096);

        Assert.Throws<IOException>(() => PdfReportWriter.Write(report, failing));
    }

    [Test]
    public void Report_OutIsAFolder_PlainMessageExitTwo()
    {
        var run = CliRunner.Run("report", "GM0193", "--year", "2024", "--out", _folder.FullName, "--input", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("dit is een map").And.Not.Contain("is a folder").And.Not.Contain("Exception"));
    }

    [Test]
    public void Report_DiskFull_PlainMessageNoFile()
    {
        if (!File.Exists("/dev/full"))
        {
            Assert.Ignore("No /dev/full on this system.");
        }

        var run = CliRunner.Run("report", "GM0193", "--year", "2024", "--out", "/dev/full", "--input", "samples/benchmark-2024.csv");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("de schijf is vol").And.Not.Contain("No space left on device").And.Not.Contain("   at "));
    }

    [Test]
    public void DatasetsShow_QuarantineIntoAFolderThatCannotBeMade_PlainMessage()
    {
        var db = Path.Combine(_folder.FullName, "b.db");
        Assert.That(CliRunner.Run("import", "samples/messy/out-of-range.csv", "--accept-valid-rows", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var file = Path.Combine(_folder.FullName, "a-file");
        File.WriteAllText(file, "x");
        var quarantine = Path.Combine(file, "missing", "q.csv");

        var run = CliRunner.Run("datasets", "show", "1", "--quarantine-out", quarantine, "--db", db);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("kan niet worden aangemaakt").And.Not.Contain("cannot be created").And.Not.Contain("Exception"));
    }

    [Test]
    public void DatasetsShow_QuarantineIntoAMissingFolder_CreatesIt()
    {
        var db = Path.Combine(_folder.FullName, "b.db");
        Assert.That(CliRunner.Run("import", "samples/messy/out-of-range.csv", "--accept-valid-rows", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var quarantine = Path.Combine(_folder.FullName, "missing", "q.csv");

        var run = CliRunner.Run("datasets", "show", "1", "--quarantine-out", quarantine, "--db", db);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(File.Exists(quarantine), Is.True);
    }

    /// <summary>A write-only stream that fails like a full disk after <paramref name="after"/> bytes.</summary>
    private sealed class FailingStream(int after) : Stream
    {
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _written += buffer.Length;
            if (_written > after)
            {
                throw new IOException("No space left on device");
            }
        }
    }
}
