using System.Security.Cryptography;

namespace Benchmark.Store.Relational;

/// <summary>The file an import reads: its SHA-256 in constant memory, and a stamp that tells whether it changed meanwhile.</summary>
internal static class ImportedFile
{
    /// <summary>The SHA-256 of the file, lower-case hex, read as a stream.</summary>
    /// <exception cref="IOException">
    /// When the file cannot be read, or is not a regular file (a device such as <c>/dev/zero</c> or a pipe has no end
    /// that a version could be fingerprinted by).
    /// </exception>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (stream.Length == 0 && stream.ReadByte() >= 0)
        {
            throw new IOException($"{path} is not a regular file (a device or a pipe): import stores files. Save it to a file first; benchmark validate reads it as it is.");
        }

        stream.Position = 0;
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Length and last write time: equal before and after reading means the file was not replaced or appended to.</summary>
    public static (long Length, DateTime Written) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }
}
