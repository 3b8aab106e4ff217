namespace Benchmark.Cli.Infrastructure;

/// <summary>An output file could not be written; the target is unchanged and no partial file is left.</summary>
internal sealed class OutputFileException(string path, string reason, Exception? inner)
    : IOException($"cannot write {path}: {reason.ReplaceLineEndings(" ").TrimEnd('.', ' ')}; nothing was written.", inner)
{
    /// <summary>The file that was not written.</summary>
    public string Path { get; } = path;
}
