using System.Security.Cryptography;

namespace Benchmark.Cli.Infrastructure;

/// <summary>SHA-256 of input files, to say exactly which data a result used.</summary>
internal static class FileHash
{
    /// <summary>The first 12 hex digits of the file's SHA-256, or "?" when it cannot be read.</summary>
    public static string Sha256Prefix(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
