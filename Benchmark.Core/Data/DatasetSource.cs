using System.Security.Cryptography;

namespace Benchmark.Data;

/// <summary>A dataset a report rests on: a name and a fingerprint (the first 12 hex digits of the SHA-256 of its bytes).</summary>
/// <param name="Name">The name shown, e.g. the file name <c>benchmark-2024.csv</c> or a stored version label.</param>
/// <param name="Fingerprint">Lower-case hex, e.g. <c>3f2a9c0d1e4b</c>.</param>
public sealed record DatasetSource(string Name, string Fingerprint)
{
    /// <summary>The number of hex digits of the SHA-256 shown.</summary>
    public const int FingerprintLength = 12;

    /// <summary>The source of <paramref name="bytes"/> named <paramref name="name"/>.</summary>
    public static DatasetSource FromBytes(string name, ReadOnlySpan<byte> bytes) =>
        new(name, Convert.ToHexStringLower(SHA256.HashData(bytes))[..FingerprintLength]);

    /// <summary>The source of the file at <paramref name="path"/>, named by its file name.</summary>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    public static DatasetSource FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream))[..FingerprintLength]);
    }
}
