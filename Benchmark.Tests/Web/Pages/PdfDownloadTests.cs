using System.Net;
using Benchmark.Cli;
using Benchmark.Cli.Infrastructure;
using Spectre.Console.Testing;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Web.Pages;

/// <summary>The PDF from the site is the PDF of <c>benchmark report</c> for the same store, options and clock.</summary>
[TestFixture]
public sealed class PdfDownloadTests
{
    /// <remarks>
    /// Not run beside other tests: once, in a parallel run, the two PDFs differed at one byte (a chart drawn while other
    /// tests drew charts); alone they are identical every time. In a full-suite run they differed at one early byte even alone: under investigation (see the branch report).
    /// </remarks>
    [Test]
    [Category(TestCategories.Slow)]
    [NonParallelizable]
    public async Task Pdf_ByteIdenticalToTheCliReport_AndReadableBack()
    {
        // Both sides in the invariant culture, as the suite's setup sets it (a test that leaves another culture on the
        // thread pool must not decide the bytes).
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        (System.Globalization.CultureInfo.DefaultThreadCurrentCulture, System.Globalization.CultureInfo.CurrentCulture) = (culture, culture);
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");
        var db = site.Store.Location;

        var response = await client.GetAsync(new Uri("/pdf/GM0193?year=2023", UriKind.Relative));
        var web = await response.Content.ReadAsByteArrayAsync();

        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cliFile = Path.Combine(folder, "cli.pdf");
        var env = new CliEnvironment(new TestConsole(), TextWriter.Null, TextWriter.Null, folder) { Clock = site.Clock };
        var exit = BenchmarkApp.Run(["report", "GM0193", "--year", "2023", "--db", db, "--out", cliFile], env);

        using var pdf = PdfDocument.Open(web);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("benchmark-GM0193-2023.pdf"));
            Assert.That(exit, Is.Zero);
            Assert.That(web, Is.EqualTo(File.ReadAllBytes(cliFile)), "the same renderer, data, options and clock give the same bytes");
            Assert.That(text, Does.Contain("Zwolle"));
        });
    }

    [Test]
    public async Task Pdf_OfAnotherMunicipality_403()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director.deventer");

        var response = await client.GetAsync(new Uri("/pdf/GM0193?year=2023", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
