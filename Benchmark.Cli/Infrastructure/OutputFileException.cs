using Benchmark.Text;

namespace Benchmark.Cli.Infrastructure;

/// <summary>An output file could not be written; the target is unchanged and no partial file is left.</summary>
internal sealed class OutputFileException(string path, LocalizedText reason, Exception? inner)
    : IOException(Sentence(path, reason).En, inner)
{
    /// <summary>The file that was not written.</summary>
    public string Path { get; } = path;

    /// <summary>The problem in Dutch and English: "kan /x/y.csv niet schrijven: …; er is niets geschreven."</summary>
    public LocalizedText Text { get; } = Sentence(path, reason);

    private static LocalizedText Sentence(string path, LocalizedText reason) => new(
        $"kan {path} niet schrijven: {Clean(reason.Nl)}; er is niets geschreven.",
        $"cannot write {path}: {Clean(reason.En)}; nothing was written.");

    private static string Clean(string reason) => reason.ReplaceLineEndings(" ").TrimEnd('.', ' ');
}
