using System.Security;

namespace Benchmark.Import.Detection;

/// <summary>Opens a file for reading, turning every way that can fail into an <see cref="UnreadableKind"/>.</summary>
internal static class FileOpener
{
    /// <summary>Opens <paramref name="path"/>; <see langword="null"/> with the reason when it cannot.</summary>
    public static FileStream? TryOpen(string path, out UnreadableKind problem, out string? detail)
    {
        problem = UnreadableKind.CannotOpen;
        detail = null;
        try
        {
            if (Directory.Exists(path))
            {
                detail = "directory";
                return null;
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = UnreadableKind.NotFound;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            detail = ex.Message;
        }

        return null;
    }
}
