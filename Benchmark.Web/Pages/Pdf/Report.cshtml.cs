using System.Globalization;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Rendering;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Pdf;

/// <summary>
/// The municipality report as PDF: the composer and renderer of <c>benchmark report</c> with the options the CLI takes
/// from the same store, so the bytes are the CLI's for the same data, options and <c>SOURCE_DATE_EPOCH</c>.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class ReportModel(Reader reader, WebOptions options) : ReadPage(reader, options)
{
    /// <summary>The PDF of <paramref name="code"/> (default: the reader's own) in <paramref name="year"/> with <paramref name="group"/>.</summary>
    public IActionResult OnGet(string? code, int? year, string? group)
    {
        if (!Resolve(code, year, group, out var focus))
        {
            return Page();
        }

        var options = ReaderReports.Options(Reader, focus, Year, Spec, Clock);
        var report = MunicipalityReportComposer.Compose(Reader.Engine!, focus, Year, options);
        using var stream = new MemoryStream();
        PdfReportWriter.Write(report, stream);
        var name = "benchmark-" + focus + "-" + Year.ToString(CultureInfo.InvariantCulture) + ".pdf";
        return File(stream.ToArray(), "application/pdf", name);
    }
}
