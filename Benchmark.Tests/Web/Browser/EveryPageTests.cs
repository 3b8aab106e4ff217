using Microsoft.Playwright;

namespace Benchmark.Tests.Web.Browser;

/// <summary>
/// Every page of the site in Debian's chromium, in the states a person meets it (empty, with a problem, with findings,
/// with a password shown once, in English): axe-core finds no serious or critical WCAG 2.1 AA violation, no page
/// scrolls sideways on a 390 px phone, and each is photographed at 1280 and 390 px (<see cref="BrowserSite.Screenshots"/>).
/// </summary>
[TestFixture]
[Category(TestCategories.Browser)]
[NonParallelizable]
public sealed class EveryPageTests
{
    [Test]
    public async Task EveryPage_AccessibleAndFitsAPhone()
    {
        await using var site = await BrowserSite.StartAsync();
        var problems = new List<string>();

        // Anonymous: home, sign-in (empty, with an error, in English), the API reference, a page that does not exist.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl });
        var visitor = await context.NewPageAsync();
        await Visit(visitor, "/", "home-anonymous", problems);
        await Visit(visitor, "/login", "login", problems);
        await visitor.FillAsync("input[name=userName]", "analyst");
        await visitor.FillAsync("input[name=password]", "not the password");
        await visitor.Locator("main form button[type=submit]").ClickAsync();
        Assert.That(await visitor.Locator("main .problem").InnerTextAsync(), Does.Contain("klopt niet"));
        await PageCheck.RunAsync(visitor, "login-error", problems);
        await visitor.Locator("header form.lang button").ClickAsync();
        Assert.That(await visitor.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("en"), "the language switch");
        await PageCheck.RunAsync(visitor, "login-en", problems);
        await Visit(visitor, "/api", "api-reference", problems);
        await Visit(visitor, "/no-such-page", "error-404", problems, 404);

        // The analyst: upload (empty, refused, preview with findings), the stored version, history, the read pages, errors.
        var analyst = await site.SignedInAsync("analyst");
        await Visit(analyst, "/", "home-analyst", problems);
        await Visit(analyst, "/upload", "upload", problems);
        await analyst.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "empty.csv", MimeType = "text/csv", Buffer = [] });
        await analyst.Locator("main form button[type=submit]").ClickAsync();
        Assert.That(await analyst.Locator("main .problem").InnerTextAsync(), Does.Contain("leeg"));
        await PageCheck.RunAsync(analyst, "upload-problem", problems);
        await analyst.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "zwolle-2024.csv", MimeType = "text/csv", Buffer = BrowserJourneyTests.PlantedUpload() });
        await analyst.Locator("main form button[type=submit]").ClickAsync();
        Assert.That(await analyst.Locator("main").InnerTextAsync(), Does.Contain("20x4"));
        await PageCheck.RunAsync(analyst, "preview-findings", problems);
        await analyst.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("geldige rijen") }).ClickAsync();
        Assert.That(analyst.Url, Does.Contain("/datasets/"));
        await PageCheck.RunAsync(analyst, "dataset-details", problems);
        var version = analyst.Url.Split('/')[^1].Split('?')[0];
        await Visit(analyst, "/datasets", "datasets", problems);
        await Visit(analyst, "/quality", "quality", problems);
        await Visit(analyst, "/municipality", "dashboard", problems);
        await Visit(analyst, "/league?year=2023", "league", problems);
        await Visit(analyst, "/circle/Leerkring%20Oost?year=2023", "circle", problems);
        await Visit(analyst, "/municipality/GM0150", "error-403", problems, 403);
        await Visit(analyst, "/municipality?year=abc", "error-400", problems, 400);

        // The coordinator: years, accounts (a new password shown once), circles (a file with errors), audit, delete.
        var coordinator = await site.SignedInAsync("coordinator");
        await Visit(coordinator, "/coordinator/years", "years", problems);
        await Visit(coordinator, "/coordinator/accounts", "accounts", problems);
        await coordinator.FillAsync("#userName", "new.analyst");
        await coordinator.SelectOptionAsync("#role", "analyst");
        await coordinator.FillAsync("#municipality", "GM0150");
        await coordinator.Locator("form:has(#userName) button[type=submit]").ClickAsync();
        Assert.That(await coordinator.Locator("main .secret").CountAsync(), Is.EqualTo(1), "the generated password is shown once");
        await PageCheck.RunAsync(coordinator, "accounts-password", problems);
        await Visit(coordinator, "/coordinator/circles", "circles", problems);
        await coordinator.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "groups.csv", MimeType = "text/csv", Buffer = "groep;gemeentecode\nOost;GM9999\n"u8.ToArray() });
        await coordinator.Locator("main form button[type=submit]").ClickAsync();
        Assert.That(await coordinator.Locator("main .problem").CountAsync(), Is.EqualTo(1));
        await PageCheck.RunAsync(coordinator, "circles-problem", problems);
        await Visit(coordinator, "/coordinator/audit", "audit", problems);
        await Visit(coordinator, $"/datasets/{version}", "dataset-details-coordinator", problems);
        await Visit(coordinator, $"/datasets/{version}/delete", "dataset-delete", problems);

        // The director, in English.
        var director = await site.SignedInAsync("director");
        await director.Locator("header form.lang button").ClickAsync();
        await Visit(director, "/municipality?year=2023", "dashboard-en", problems);

        Assert.That(problems, Is.Empty, "accessibility (axe-core, WCAG 2.1 AA) and phone-width problems");
    }

    private static async Task Visit(IPage page, string path, string name, List<string> problems, int status = 200)
    {
        var response = await page.GotoAsync(path);
        Assert.That(response!.Status, Is.EqualTo(status), path);
        await PageCheck.RunAsync(page, name, problems);
    }
}
