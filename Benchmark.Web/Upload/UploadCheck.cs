using Benchmark.Text;

namespace Benchmark.Web.Upload;

/// <summary>
/// The checks an uploaded file passes before anything reads it: a name, not empty, within the size limit, and of a
/// type the importer reads (.csv/.txt text without binary content, or an .xlsx workbook, which is a ZIP archive).
/// </summary>
internal static class UploadCheck
{
    private static readonly string[] TextExtensions = [".csv", ".txt"];

    /// <summary>What is wrong with the upload, or <see langword="null"/> when it may be previewed.</summary>
    /// <param name="fileName">The name the browser sent.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="maxBytes">The size limit.</param>
    public static UploadProblem? Problem(string? fileName, byte[] content, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = SafeName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (content.Length == 0)
        {
            return new(400, new LocalizedText("Het bestand is leeg. Kies het bestand met de cijfers.", "The file is empty. Choose the file with the figures."));
        }

        if (content.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (extension == ".xlsx")
        {
            return content.AsSpan().StartsWith("PK\u0003\u0004"u8)
                ? null
                : new(415, new LocalizedText("Dit .xlsx-bestand is geen Excel-werkmap. Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV.", "This .xlsx file is not an Excel workbook. Save it in Excel as an Excel workbook (.xlsx) or as CSV."));
        }

        if (!TextExtensions.Contains(extension))
        {
            return new(415, LocalizedText.Format(
                "Bestanden van het type '{0}' worden niet gelezen. Lever een CSV-bestand (.csv, .txt) of een Excel-werkmap (.xlsx) aan.",
                "Files of type '{0}' are not read. Upload a CSV file (.csv, .txt) or an Excel workbook (.xlsx).",
                extension.Length == 0 ? "?" : extension));
        }

        return LooksBinary(content)
            ? new(415, new LocalizedText("Dit bestand is geen tekst (het bevat binaire gegevens). Sla het op als CSV (puntkomma of komma gescheiden).", "This file is not text (it holds binary data). Save it as CSV (semicolon or comma separated)."))
            : null;
    }

    /// <summary>The problem of a file above the size limit (413).</summary>
    public static UploadProblem TooLarge(long maxBytes) => new(413, LocalizedText.Format(
        "Het bestand is groter dan {0:N0} MB. Lever kleinere bestanden aan, bijvoorbeeld één jaar per bestand.",
        "The file is larger than {0:N0} MB. Upload smaller files, for example one year per file.",
        maxBytes / (1024.0 * 1024.0)));

    /// <summary>The file name without folders and with only harmless characters (at most 100), for display and storage.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        var safe = new string([.. name.Where(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')')]).Trim();
        if (safe.Length > 100)
        {
            safe = safe[..(100 - Path.GetExtension(safe).Length)] + Path.GetExtension(safe);
        }

        return safe.Trim('.').Length == 0 ? "upload.csv" : safe;
    }

    /// <summary>NUL bytes or other control bytes in the first 8 KiB of a file without a UTF-16 byte-order mark.</summary>
    private static bool LooksBinary(byte[] content)
    {
        if (content.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE]) || content.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return false;
        }

        var head = content.AsSpan(0, Math.Min(content.Length, 8192));
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return control > head.Length / 100 + 1;
    }
}
