using System.Text;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Web.Browser;

/// <summary>
/// The site in Debian's chromium: an analyst uploads the 2024 figures with one planted error, sees the finding at its
/// line, stores the valid rows and sees the dashboard change; the director downloads the PDF (read back with PdfPig);
/// Deventer's director cannot see Zwolle's unpublished figures; axe-core finds no serious or critical WCAG 2.1 AA
/// violation on any page; every page is photographed at 1280 and 390 px.
/// </summary>
[TestFixture]
[Category(TestCategories.Browser)]
[NonParallelizable]
public sealed class BrowserJourneyTests
{
    [Test]
    public async Task Upload_Dashboard_Pdf_Visibility_Accessibility()
    {
        await using var site = await BrowserSite.StartAsync();
        var problems = new List<string>();

        // The analyst: the dashboard has 2023 only, then the 2024 upload with a planted error on line 3.
        var analyst = await site.SignedInAsync("analyst");
        await analyst.GotoAsync("/municipality");
        Assert.That(await analyst.Locator("h1").InnerTextAsync(), Does.Contain("Zwolle 2023"));
        var file = PlantedUpload();
        await analyst.GotoAsync("/upload");
        await Check(analyst, "upload", problems);
        await analyst.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "zwolle-2024.csv", MimeType = "text/csv", Buffer = file });
        await analyst.Locator("main form button[type=submit]").First.ClickAsync();
        var preview = await analyst.Locator("main").InnerTextAsync();
        Assert.That(preview, Does.Contain("20x4"), "the planted row is shown as written");
        await Check(analyst, "preview", problems);
        await analyst.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("geldige rijen") }).ClickAsync();
        await analyst.GotoAsync("/municipality");
        Assert.That(await analyst.Locator("h1").InnerTextAsync(), Does.Contain("Zwolle 2024"), "the dashboard now shows the new year");
        await Check(analyst, "dashboard", problems);
        await analyst.GotoAsync("/league?year=2023");
        await Check(analyst, "league", problems);
        await analyst.GotoAsync("/circle/Leerkring%20Oost?year=2023");
        await Check(analyst, "circle", problems);
        await analyst.GotoAsync("/api");
        await Check(analyst, "api", problems);

        // The experience survey, an explanation written in the form, and the circle's learning agenda.
        Conversation.ConversationSite.Store(site.Store, Conversation.ConversationSite.Employees(WebSite.Zwolle, 30, 15));
        await analyst.GotoAsync("/survey");
        Assert.That(await analyst.Locator("main").InnerTextAsync(), Does.Contain("30 respondenten"));
        await Check(analyst, "survey", problems);
        await analyst.GotoAsync("/explanations/GM0193/2023");
        await analyst.SelectOptionAsync("#w-indicator", "overhead_pct");
        await analyst.SelectOptionAsync("#w-category", "bewuste-keuze");
        await analyst.FillAsync("#w-text", "De klantcontactcentrale valt onder de bedrijfsvoering.");
        await analyst.Locator("form.form-wide button[type=submit]").ClickAsync();
        Assert.That(await analyst.Locator("main").InnerTextAsync(), Does.Contain("De klantcontactcentrale valt onder de bedrijfsvoering."));
        await Check(analyst, "explanations", problems);
        await analyst.GotoAsync("/agenda/Leerkring%20Oost?year=2023");
        await Check(analyst, "agenda", problems);

        // The director downloads the PDF.
        var director = await site.SignedInAsync("director");
        await director.GotoAsync("/municipality?year=2023");
        var download = await director.RunAndWaitForDownloadAsync(() => director.Locator("a[download]").ClickAsync());
        var path = await download.PathAsync();
        using (var pdf = PdfDocument.Open(path))
        {
            Assert.That(string.Join(" ", pdf.GetPages().Select(p => p.Text)), Does.Contain("Zwolle"));
        }

        // Deventer's director: not Zwolle's dashboard, and no 2024 figures of others.
        var deventer = await site.SignedInAsync("director.deventer");
        var forbidden = await deventer.GotoAsync("/municipality/GM0193?year=2024");
        var league = await deventer.GotoAsync("/league?year=2024");
        Assert.Multiple(async () =>
        {
            Assert.That(forbidden!.Status, Is.EqualTo(403));
            Assert.That(league!.Status, Is.EqualTo(404), "Deventer delivered nothing for 2024 and may not see Zwolle's");
            Assert.That(await deventer.Locator("main").InnerTextAsync(), Does.Not.Contain("Zwolle"));
            Assert.That(problems, Is.Empty, "axe-core: serious or critical WCAG 2.1 AA violations");
        });
    }

    /// <summary>Zwolle's 2024 row from the sample (line 2) and the same row with the year written as 20x4 (line 3).</summary>
    internal static byte[] PlantedUpload()
    {
        var lines = File.ReadAllLines(Store.StoreFiles.Sample("benchmark-2024.csv"), Encoding.UTF8);
        var zwolle = lines.First(l => l.StartsWith("GM0193;", StringComparison.Ordinal));
        var planted = zwolle.Replace(";2024;", ";20x4;", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Join("\n", lines[0], zwolle, planted) + "\n");
    }

    private static Task Check(IPage page, string name, List<string> problems) => PageCheck.RunAsync(page, name, problems);
}
