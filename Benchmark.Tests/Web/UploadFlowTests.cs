using System.Net;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Validation;

namespace Benchmark.Tests.Web;

/// <summary>The upload flow end to end: file → preview → confirm → dataset version, history and quarantine.</summary>
[TestFixture]
public sealed class UploadFlowTests
{
    /// <summary>The 2024 sample with one planted error: line 10's sickness absence (column 18) reads "veel".</summary>
    private static byte[] PlantedError() => WebSite.Sample2024(lines =>
    {
        var fields = lines[9].Split(';');
        fields[17] = "veel";
        lines[9] = string.Join(';', fields);
        return lines;
    });

    [Test]
    public async Task Coordinator_PlantedError_PreviewNamesTheLineThenValidRowsStoredAndQuarantineDownloadable()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");

        var uploaded = await WebSite.UploadAsync(client, "benchmark-2024.csv", PlantedError());
        var preview = uploaded.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(new Uri(preview, UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(site.Store.Versions(), Is.Empty, "nothing stored before confirmation");
            Assert.That(html, Does.Contain(Rules.NotANumber).And.Contain("data-label=\"Regel\">10</td>").And.Contain("data-label=\"Waarde\">veel</td>"));
            Assert.That(html, Does.Contain("Wat zou worden afgewezen (1 rij)").And.Contain("De geldige rijen opslaan (341 van 342)"));
            Assert.That(html, Does.Not.Contain("Het hele bestand opslaan"), "a file with an error cannot be stored as a whole");
        });

        var whole = await WebSite.ConfirmAsync(client, preview, "whole");
        Assert.Multiple(() =>
        {
            Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "confirming a file with errors as a whole is refused");
            Assert.That(site.Store.Versions(), Is.Empty);
        });

        var confirmed = await WebSite.ConfirmAsync(client, preview, "valid");
        var id = WebSite.VersionOf(confirmed);
        var version = site.Store.Versions().Single();
        var csv = await client.GetStringAsync(new Uri($"/datasets/{id}?handler=Quarantine", UriKind.Relative));
        var history = await client.GetStringAsync(new Uri("/datasets", UriKind.Relative));
        Assert.Multiple(() =>
        {
            Assert.That(version.Id, Is.EqualTo(id));
            Assert.That(version.Status, Is.EqualTo(DatasetVersionStatus.PartiallyStored));
            Assert.That(version.RowsRejected, Is.EqualTo(1));
            Assert.That(version.FileName, Is.EqualTo("benchmark-2024.csv"), "the uploaded name, not the temporary path");
            Assert.That(version.ImportedBy, Is.EqualTo("coordinator"));
            Assert.That(version.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(PlantedError()))));
            Assert.That(csv, Does.StartWith("versie,regel,").And.Contain($"{id},10,1,").And.Contain("veel"));
            Assert.That(history, Does.Contain($"<a href=\"/datasets/{id}\">{id}</a>").And.Contain("deels opgeslagen"));
            Assert.That(site.Store.AuditLog().Select(a => a.Action), Does.Contain(AuditActions.Upload).And.Contain(AuditActions.Confirm));
        });
    }

    [Test]
    public async Task SameFileAgain_PreviewSaysSoAndConfirmChangesNothing()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");
        var first = (await WebSite.UploadAsync(client, "benchmark-2024.csv", WebSite.Sample2024())).Headers.Location!.OriginalString;
        await WebSite.ConfirmAsync(client, first, "whole");

        var again = (await WebSite.UploadAsync(client, "copy.csv", WebSite.Sample2024())).Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(new Uri(again, UriKind.Relative));
        var confirmed = await WebSite.ConfirmAsync(client, again, "whole");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("Dit bestand is al opgeslagen als versie 1"));
            Assert.That(confirmed.Headers.Location!.OriginalString, Is.EqualTo("/datasets/1?same=1"));
            Assert.That(site.Store.Versions(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task CorrectedFile_SupersedesAndIsAudited()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");
        var first = (await WebSite.UploadAsync(client, "benchmark-2024.csv", PlantedError())).Headers.Location!.OriginalString;
        await WebSite.ConfirmAsync(client, first, "valid");

        var corrected = (await WebSite.UploadAsync(client, "benchmark-2024-corrected.csv", WebSite.Sample2024())).Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(new Uri(corrected, UriKind.Relative));
        await WebSite.ConfirmAsync(client, corrected, "whole");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("waarvan 0 met een andere waarde, en voegt 22 nieuwe waarden toe"));
            Assert.That(site.Store.Versions().Select(v => v.Status), Is.EqualTo(new[] { DatasetVersionStatus.PartiallyStored, DatasetVersionStatus.Stored }));
            Assert.That(site.Store.AuditLog().Select(a => a.Action), Does.Contain(AuditActions.Supersede));
        });
    }

    [Test]
    public async Task Analyst_RowsOfAnotherMunicipality_ErrorFindingNamingTheRow()
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("analyst");
        var zwolleAndDeventer = WebSite.Sample2024(lines => [lines[0], .. lines.Where(l => l.StartsWith("GM0193;", StringComparison.Ordinal) || l.StartsWith("GM0150;", StringComparison.Ordinal))]);

        var preview = (await WebSite.UploadAsync(client, "zwolle.csv", zwolleAndDeventer)).Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(new Uri(preview, UriKind.Relative));
        var confirmed = await WebSite.ConfirmAsync(client, preview, "valid");
        var version = site.Store.Versions().Single();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain(Rules.OtherMunicipality).And.Contain("Regel 2 bevat cijfers van GM0150 (Deventer); u levert alleen aan voor GM0193 (Zwolle)."));
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(version.RowsRejected, Is.EqualTo(1));
            Assert.That(site.Store.LoadActive().Municipalities, Is.EqualTo(new[] { WebSite.Zwolle }), "only Zwolle's figures stored");
        });
    }

    [Test]
    public async Task Analyst_PublishedYear_PreviewSaysSoConfirmIs409NothingStored_CoordinatorMay()
    {
        await using var site = await WebSite.StartAsync();
        site.Store.SetYearState(2024, YearState.Published, "coordinator");
        using var analyst = await site.SignedInAsync("analyst");
        using var coordinator = await site.SignedInAsync("coordinator");
        var zwolle = WebSite.Sample2024(lines => [lines[0], .. lines.Where(l => l.StartsWith("GM0193;", StringComparison.Ordinal))]);

        var preview = (await WebSite.UploadAsync(analyst, "zwolle.csv", zwolle)).Headers.Location!.OriginalString;
        var html = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri(preview, UriKind.Relative)));
        var refused = await WebSite.ConfirmAsync(analyst, preview, "whole");
        var storedByAnalyst = site.Store.Versions().Count;
        var coordinatorPreview = (await WebSite.UploadAsync(coordinator, "zwolle.csv", zwolle)).Headers.Location!.OriginalString;
        var byCoordinator = await WebSite.ConfirmAsync(coordinator, coordinatorPreview, "whole");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("cijfers over 2024, en dat jaar is al gepubliceerd"), "the analyst is told before confirming");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(storedByAnalyst, Is.Zero, "nothing stored for the analyst");
            Assert.That(byCoordinator.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the coordinator may replace published figures");
            Assert.That(site.Store.Versions(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SomeoneElsesPreview_NotFound()
    {
        await using var site = await WebSite.StartAsync();
        using var coordinator = await site.SignedInAsync("coordinator");
        var preview = (await WebSite.UploadAsync(coordinator, "benchmark-2024.csv", WebSite.Sample2024())).Headers.Location!.OriginalString;
        using var analyst = await site.SignedInAsync("analyst");

        var response = await analyst.GetAsync(new Uri(preview, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("empty.csv", "", HttpStatusCode.BadRequest, "Het bestand is leeg")]
    [TestCase("figures.pdf", "%PDF-1.7", HttpStatusCode.UnsupportedMediaType, "worden niet gelezen")]
    [TestCase("figures.xlsx", "gemeentecode;jaar", HttpStatusCode.UnsupportedMediaType, "geen Excel-werkmap")]
    [TestCase("binary.csv", "gemeentecode\0\0\0;jaar", HttpStatusCode.UnsupportedMediaType, "geen tekst")]
    public async Task BadUpload_ClearPageRightStatusNothingStaged(string name, string content, HttpStatusCode status, string message)
    {
        await using var site = await WebSite.StartAsync();
        using var client = await site.SignedInAsync("coordinator");

        var response = await WebSite.UploadAsync(client, name, System.Text.Encoding.UTF8.GetBytes(content));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(html, Does.Contain(message).And.Contain("class=\"problem\""));
            Assert.That(html, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(site.Store.AuditLog().Select(a => a.Action), Does.Not.Contain(AuditActions.Upload));
        });
    }

    [TestCase(60_000, TestName = "UploadAboveTheLimit_413 (the file is checked)")]
    [TestCase(1_000, TestName = "UploadFarAboveTheLimit_413 (refused before the form is read)")]
    public async Task UploadAboveTheLimit_413(int limit)
    {
        await using var site = await WebSite.StartAsync(new Benchmark.Web.WebOptions { MaxUploadBytes = limit });
        using var client = await site.SignedInAsync("coordinator");

        var response = await WebSite.UploadAsync(client, "benchmark-2024.csv", WebSite.Sample2024(lines => [.. lines, .. lines.Skip(1)]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(html, Does.Contain("groter dan"));
            Assert.That(site.Store.Versions(), Is.Empty);
        });
    }
}
