using Benchmark.Reports.Model;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// Prints report models as PDF: real (extractable) text in the embedded DejaVu Sans, charts as vectors, metadata set
/// (title, subject, author, keywords, creation date from the model), A4 pages numbered "n of N".
/// </summary>
/// <remarks>Deterministic: the same model gives the same bytes (no random ids; the date comes from the model).</remarks>
public static class PdfReportWriter
{
    /// <summary>Writes <paramref name="report"/> as PDF to <paramref name="output"/> and returns the number of pages.</summary>
    public static int Write(MunicipalityReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(report.Info, output, flow => MunicipalityLayout.Compose(flow, report));
    }

    /// <summary>Writes <paramref name="report"/> as PDF to <paramref name="output"/> and returns the number of pages.</summary>
    public static int Write(LearningCircleReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(report.Info, output, flow => LearningCircleLayout.Compose(flow, report));
    }

    /// <summary>The PDF of <paramref name="report"/> as bytes.</summary>
    public static byte[] ToBytes(MunicipalityReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>The PDF of <paramref name="report"/> as bytes.</summary>
    public static byte[] ToBytes(LearningCircleReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    private static int Write(DocumentInfo info, Stream output, Action<PageFlow> compose)
    {
        ArgumentNullException.ThrowIfNull(output);
        ReportFonts.EnsureRegistered();
        var created = info.Created.UtcDateTime;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Subject = info.Subject,
            Author = info.Author,
            Keywords = info.Keywords,
            Creator = "Benchmark.Reports",
            Producer = "Benchmark.Reports (SkiaSharp PDF)",
            Creation = created,
            Modified = created,
            RasterDpi = 300,

            // PDF/A-2b: XMP metadata, embedded fonts, a document ID; archivable. Skia cannot tag the PDF (the accessible
            // version of a report is its web page); the language and bookmarks are added after it (PdfOutline).
            PdfA = true,
        };
        using var flow = new PageFlow();
        compose(flow);
        // SkiaSharp writes through a native callback, where an exception of the output (a full disk) cannot be caught
        // and ends the process: the PDF is made in memory, finished (ID, outline) and copied to the output in managed code.
        using var buffer = new MemoryStream();
        using (var document = SKDocument.CreatePdf(buffer, metadata))
        {
            flow.Finish(document, info.Footer, info.PageLabel, footerOnFirstPage: false);
            document.Close();
        }

        var bytes = PdfDocumentId.MakeDeterministic(buffer.ToArray());
        output.Write(PdfOutline.Append(bytes, flow.Bookmarks, info.Language == Text.Language.Dutch ? "nl-NL" : "en-GB"));
        return flow.PageCount;
    }
}
