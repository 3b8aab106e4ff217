using Benchmark.Text;

namespace Benchmark.Cli.Infrastructure;

/// <summary>
/// Writes an output file all or nothing: to a temporary file next to the target, renamed over the target only when
/// complete. A missing folder is created (for every command alike: <c>--out rapporten/2024/x.csv</c> just works). A
/// full disk, a folder given as file name, a folder that cannot be created or a missing permission leaves the old file
/// (or none) in place and ends in an <see cref="OutputFileException"/> with a plain message, never in a truncated file.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="full"/> (an absolute path) with <paramref name="write"/>, creating its folder when missing.</summary>
    /// <returns>What <paramref name="write"/> returns.</returns>
    /// <exception cref="OutputFileException">When the file cannot be written; nothing is left behind.</exception>
    public static T Write<T>(string full, Func<Stream, T> write) =>
        WriteVia(full, temporary =>
        {
            using var stream = new FileStream(temporary, temporary.StartsWith("/dev/", StringComparison.Ordinal) ? FileMode.Open : FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            var result = write(stream);
            stream.Flush(flushToDisk: stream.CanSeek);
            return result;
        });

    /// <summary>Writes <paramref name="full"/> with a writer that needs a path (the temporary one, with the same extension).</summary>
    /// <exception cref="OutputFileException">When the file cannot be written; nothing is left behind.</exception>
    public static void WriteTo(string full, Action<string> write) =>
        WriteVia(full, temporary =>
        {
            write(temporary);
            return 0;
        });

    private static T WriteVia<T>(string full, Func<string, T> write)
    {
        if (Directory.Exists(full))
        {
            throw new OutputFileException(full, new("dit is een map; geef een bestandsnaam", "this is a folder; give a file name"), null);
        }

        if (full.StartsWith("/dev/", StringComparison.Ordinal))
        {
            // A device (/dev/null, /dev/stdout): written in place, never replaced.
            return Direct(full, write);
        }

        string? temporary = null;
        try
        {
            var folder = Path.GetDirectoryName(full) is { Length: > 0 } f ? f : Directory.GetCurrentDirectory();
            CreateFolder(full, folder);

            temporary = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.partial{Path.GetExtension(full)}");
            var result = write(temporary);
            KeepPermissions(full, temporary);
            File.Move(temporary, full, overwrite: true);
            temporary = null;
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputFileException)
        {
            throw new OutputFileException(full, Reason(ex), ex);
        }
        finally
        {
            if (temporary is not null)
            {
                TryDelete(temporary);
            }
        }
    }

    /// <summary>Creates the output's folder (and its parents) when missing; a folder that cannot be made is told in words.</summary>
    /// <exception cref="OutputFileException">When the folder cannot be created.</exception>
    public static void CreateFolder(string full, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(
                full,
                new($"de map {folder} kan niet worden aangemaakt (een deel van het pad is een bestand, of er zijn geen schrijfrechten); kies een andere map", $"the folder {folder} cannot be created (part of the path is a file, or there is no permission to write); choose another folder"),
                ex);
        }
    }

    /// <summary>The replacement gets the permissions the user gave the file it replaces (a new file gets the default).</summary>
    private static void KeepPermissions(string full, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(full))
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
        }
    }

    private static T Direct<T>(string full, Func<string, T> write)
    {
        try
        {
            return write(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputFileException)
        {
            throw new OutputFileException(full, Reason(ex), ex);
        }
    }

    /// <summary>
    /// The reason in words, with the system's own text (without the temporary path .NET appends) after a Dutch
    /// sentence only where no plain one applies: "geen toegang (Access to the path is denied)" is not needed.
    /// </summary>
    private static LocalizedText Reason(Exception ex)
    {
        var at = ex.Message.IndexOf(" : '", StringComparison.Ordinal);
        var system = at > 0 ? ex.Message[..at] : ex.Message;
        return ex switch
        {
            UnauthorizedAccessException => new("geen schrijfrechten voor dit bestand of deze map", "no permission to write this file or folder"),
            DirectoryNotFoundException => new("de map bestaat niet; maak die eerst aan", "the folder does not exist; create it first"),
            _ when (ex.HResult & 0xFFFF) == 28 => new("de schijf is vol", system),
            _ => new($"het systeem meldt: {system}", system),
        };
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the target was not touched, and the temporary file says ".partial".
        }
    }
}
