using System.Net;
using System.Net.Http.Headers;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Store;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Web;

/// <summary>
/// Issue 12, "done when … on SQLite and on PostgreSQL": the site's whole journey on a PostgreSQL store — upload with a
/// planted error, preview by line, accept the valid rows, unpublished figures hidden from another municipality and the
/// researcher, publish, then the director's dashboard and PDF, the researcher's API with anonymised names, and the audit
/// log. The same steps run on SQLite in the other web tests; this one proves the store underneath does not matter.
/// </summary>
[TestFixture]
[Category(TestCategories.Postgres)]
public sealed class PostgresJourneyTests
{
    [Test]
    public Task WholeJourney_OnPostgres() => ThrowAwaySchema.RunAsync("benchmark_journey_", Journey);

    private static async Task Journey(string db)
    {
        await using var site = await WebSite.StartAsync(db: db);
        using var coordinator = await site.SignedInAsync("coordinator");
        using var director = await site.SignedInAsync("director");
        using var deventer = await site.SignedInAsync("director.deventer");
        var token = site.Store.IssueToken(site.Store.FindAccount("researcher")!.Id);

        // Line 10's sickness absence (column 18) reads "veel": one finding, 341 valid rows.
        var planted = WebSite.Sample2024(lines =>
        {
            var fields = lines[9].Split(';');
            fields[17] = "veel";
            lines[9] = string.Join(';', fields);
            return lines;
        });
        var uploaded = await WebSite.UploadAsync(coordinator, "benchmark-2024.csv", planted);
        var preview = uploaded.Headers.Location!.OriginalString;
        var previewHtml = await coordinator.GetStringAsync(new Uri(preview, UriKind.Relative));
        var confirmed = await WebSite.ConfirmAsync(coordinator, preview, "valid");
        var id = WebSite.VersionOf(confirmed);
        var quarantine = await coordinator.GetStringAsync(new Uri($"/datasets/{id}?handler=Quarantine", UriKind.Relative));
        var version = site.Store.Versions().Single();
        Assert.Multiple(() =>
        {
            Assert.That(previewHtml, Does.Contain("data-label=\"Regel\">10</td>").And.Contain("data-label=\"Waarde\">veel</td>"));
            Assert.That(version.Status, Is.EqualTo(DatasetVersionStatus.PartiallyStored));
            Assert.That(version.RowsRejected, Is.EqualTo(1));
            Assert.That(quarantine, Does.Contain($"{id},10,1,").And.Contain("veel"));
        });

        // 2024 is not published: Zwolle's director reads it, Deventer's director and the researcher do not.
        var own = WebUtility.HtmlDecode(await director.GetStringAsync(new Uri("/municipality?year=2024", UriKind.Relative)));
        var other = await deventer.GetAsync(new Uri("/municipality/GM0193?year=2024", UriKind.Relative));
        var apiBefore = await Api(site, token, "/api/v1/positions/GM0193?year=2024");
        Assert.Multiple(() =>
        {
            Assert.That(own, Does.Contain("Zwolle").And.Contain("2024"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(apiBefore.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "an unpublished year through the API");
        });

        var published = await WebSite.PostFormAsync(coordinator, "/coordinator/years", "/coordinator/years", new() { ["year"] = "2024", ["state"] = "published" });
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        // Published: the researcher reads the league table with labels, never a name; the director's PDF reads back.
        var league = await Api(site, token, "/api/v1/league/overhead_pct?year=2024");
        var leagueJson = await league.Content.ReadAsStringAsync();
        var pdf = await director.GetAsync(new Uri("/pdf/GM0193?year=2024", UriKind.Relative));
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using var document = PdfDocument.Open(bytes);
        var firstPage = string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Multiple(() =>
        {
            Assert.That(league.StatusCode, Is.EqualTo(HttpStatusCode.OK), leagueJson);
            Assert.That(leagueJson, Does.Contain("\"year\":2024").And.Not.Contain("Zwolle").And.Not.Contain("Deventer"));
            Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(firstPage, Does.Contain("Zwolle").And.Contain("2024"));
            Assert.That(site.Store.AuditLog().Select(a => a.Action),
                Does.Contain(AuditActions.Upload).And.Contain(AuditActions.Confirm).And.Contain(AuditActions.YearState).And.Contain(AuditActions.Login));
        });
    }

    private static async Task<HttpResponseMessage> Api(WebSite site, string token, string url)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
