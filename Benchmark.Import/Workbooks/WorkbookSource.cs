using System.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Workbooks;

/// <summary>The text of a workbook as the importer read it, for consumers that quote rejected rows (the store's quarantine).</summary>
public static class WorkbookSource
{
    /// <summary>
    /// The sheet that was read from <paramref name="bytes"/> as UTF-8 text, <c>;</c>-separated, one line per sheet row;
    /// <see langword="null"/> when <paramref name="format"/> is not a workbook's or the sheet cannot be read again.
    /// </summary>
    public static byte[]? AsText(byte[] bytes, FileFormatInfo format)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(format);
        return format.Sheet is { } sheet && WorkbookImporter.SheetText(bytes, sheet, format.DecimalSeparator) is { } text
            ? Encoding.UTF8.GetBytes(text)
            : null;
    }
}
