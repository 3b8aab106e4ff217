namespace Benchmark.Import;

/// <summary>How far the reading of a file has come, for a progress display (<see cref="ImportOptions.Progress"/>).</summary>
/// <param name="File">The file as the caller named it.</param>
/// <param name="BytesRead">How many of its bytes have been read.</param>
/// <param name="TotalBytes">Its size in bytes, or <see langword="null"/> when it cannot be known (a pipe).</param>
public sealed record ImportProgress(string File, long BytesRead, long? TotalBytes)
{
    /// <summary>The whole percentage read (0–100), or <see langword="null"/> when the size is unknown.</summary>
    public int? Percent => TotalBytes is > 0 and var total ? (int)Math.Clamp(BytesRead * 100 / total, 0, 100) : null;
}
