using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Tests.Web.Pages;

namespace Benchmark.Tests.Web;

/// <summary>
/// The bad-input sweep over every page and API call: route ids, query values and form fields that are empty, oversize,
/// of the wrong type, binary, without the antiforgery field, someone else's or unknown give a clear page (or
/// problem+json) in the reader's language with the right 4xx status, store nothing and never show a stack trace.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class BadInputTests
{
    private static WebSite _site = null!;
    private static long _version;
    private static readonly Dictionary<string, HttpClient> Clients = [];

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = await ReadSite.StartAsync();
        _version = _site.Store.Versions().Max(v => v.Id);
        foreach (var name in new[] { "coordinator", "analyst", "director.deventer" })
        {
            Clients[name] = await _site.SignedInAsync(name);
        }
    }

    [OneTimeTearDown]
    public async Task StopSite()
    {
        foreach (var client in Clients.Values)
        {
            client.Dispose();
        }

        await _site.DisposeAsync();
    }

    //         url                                              who          status  message (Dutch, the default)
    [TestCase("/municipality?year=abc", "analyst", 400, "'abc' voor year heeft niet de goede vorm")]
    [TestCase("/municipality?year=99999999999", "analyst", 400, "verwacht is een geheel getal")]
    [TestCase("/municipality?year=%00%01", "analyst", 400, "heeft niet de goede vorm")]
    [TestCase("/municipality?year=-5", "analyst", 404, "geen cijfers")]
    [TestCase("/municipality?group=nearest:0", "analyst", 400, "vergelijkingsgroep")]
    [TestCase("/municipality?group=nearest:99999999999", "analyst", 400, "vergelijkingsgroep")]
    [TestCase("/municipality?group=group:", "analyst", 400, "vergelijkingsgroep")]
    [TestCase("/municipality/GM0150", "analyst", 403, "alleen het dashboard van uw eigen gemeente")]
    [TestCase("/municipality/GM01", "analyst", 400, "geen gemeentecode")]
    [TestCase("/league/overhead_pct?year=20x4", "analyst", 400, "'20x4' voor year")]
    [TestCase("/circle/Leerkring%20Oost?year=twee", "analyst", 400, "'twee' voor year")]
    [TestCase("/quality?year=abc", "analyst", 400, "'abc' voor year")]
    [TestCase("/quality/GM0150", "analyst", 403, "uw eigen gemeente")]
    [TestCase("/pdf/GM0193?year=abc", "analyst", 400, "'abc' voor year")]
    [TestCase("/pdf/GM0193?year=2024", "director.deventer", 403, "uw eigen gemeente")]
    [TestCase("/datasets/0", "coordinator", 404, "bestaat niet")]
    [TestCase("/datasets/-1", "coordinator", 404, "bestaat niet")]
    [TestCase("/datasets/99999999999999999999999", "coordinator", 404, "bestaat niet")]
    [TestCase("/datasets/abc", "coordinator", 404, "bestaat niet")]
    [TestCase("/datasets/{v}?stored=yes", "coordinator", 400, "'yes' voor stored")]
    [TestCase("/datasets/999/delete", "coordinator", 404, "bestaat niet")]
    [TestCase("/upload/..%2F..%2Fetc%2Fpasswd", "analyst", 404, "bestaat niet")]
    [TestCase("/upload/{long}", "analyst", 404, "bestaat niet")]
    [TestCase("/circle/{long}", "analyst", 404, "geen leerkring")]
    [TestCase("/error/abc", "analyst", 404, "bestaat niet")]
    public async Task Get_BadRouteOrQuery_ClearPage(string url, string who, int status, string message)
    {
        var response = await Clients[who].GetAsync(new Uri(Expand(url), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), html.Length > 600 ? html[..600] : html);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(WebUtility.HtmlDecode(html), Does.Contain(message));
            Assert.That(html, Does.Contain("lang=\"nl\"").And.Not.Contain("   at ").And.Not.Contain("Exception"));
        });
    }

    [TestCase("GET", "/api/v1/league/overhead_pct?year=abc", "en", 400, "does not have the right form")]
    [TestCase("GET", "/api/v1/municipalities?year=99999999999", null, 400, "heeft niet de goede vorm")]
    [TestCase("GET", "/api/v1/statistics/overhead_pct?group=nearest:abc", "en", 400, "peer group")]
    [TestCase("GET", "/api/v1/positions/{long}", "en", 404, "There is no municipality")]
    [TestCase("GET", "/api/v1/nothing/here", "en", 404, "does not exist")]
    [TestCase("POST", "/api/v1/nothing/here", "en", 405, "only reads")]
    [TestCase("POST", "/api/v1/datasets", "en", 405, "only reads")]
    [TestCase("DELETE", "/api/v1/datasets", null, 405, "leest alleen")]
    public async Task Api_BadInput_ProblemJson(string method, string url, string? language, int status, string detail)
    {
        using var client = _site.Client();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Expand(url), UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _site.Store.IssueToken(_site.Store.FindAccount("researcher")!.Id));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain(detail).And.Not.Contain("   at "));
        });
    }

    /// <summary>Every form of the site, posted without its antiforgery field: 400, nothing changed.</summary>
    [TestCase("/login", "userName=coordinator&password=x")]
    [TestCase("/logout", "")]
    [TestCase("/language", "lang=en&returnUrl=/")]
    [TestCase("/coordinator/years", "year=2030&state=published")]
    [TestCase("/coordinator/accounts?handler=Add", "userName=new.one&role=coordinator")]
    [TestCase("/coordinator/accounts?handler=Disable", "id={analyst}&disabled=true")]
    [TestCase("/coordinator/accounts?handler=Reset", "id={analyst}")]
    [TestCase("/coordinator/accounts?handler=Role", "id={analyst}&role=coordinator")]
    [TestCase("/coordinator/accounts?handler=Token", "id={researcher}")]
    [TestCase("/datasets/{v}/delete", "")]
    [TestCase("/upload/{staged}?handler=Confirm", "mode=valid")]
    [TestCase("/upload/{staged}?handler=Drop", "")]
    public async Task Post_WithoutAntiforgeryField_400NothingStored(string url, string body)
    {
        var staged = _site.Store.Stage(_site.Store.FindAccount("coordinator")!.Id, "x.csv", WebSite.Sample2024());
        var before = Snapshot();
        using var content = new StringContent(Expand(body), Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await Clients["coordinator"].PostAsync(new Uri(Expand(url).Replace("{staged}", staged.Id, StringComparison.Ordinal), UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("Dit verzoek klopt niet").And.Not.Contain("   at "));
            Assert.That(Snapshot(), Is.EqualTo(before), "nothing changed");
            Assert.That(_site.Store.FindStaged(staged.Id, staged.AccountId), Is.Not.Null, "the staged upload is still there");
        });
        _site.Store.DropStaged(staged.Id);
    }

    /// <summary>Forms with their antiforgery field and a bad value: the page again with the problem, nothing changed.</summary>
    [TestCase("/coordinator/years", "/coordinator/years", "year=&state=published", 400, "Kies een jaar")]
    [TestCase("/coordinator/years", "/coordinator/years", "year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94&state=published", 400, "Kies een jaar")]
    [TestCase("/coordinator/years", "/coordinator/years", "year={long}&state=published", 400, "Kies een jaar")]
    [TestCase("/coordinator/years", "/coordinator/years", "year=2030&state=deleted", 400, "Kies een jaar")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Add", "userName=%00%00%00&role=coordinator", 400, "Dit verzoek klopt niet")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Add", "userName={long}&role=coordinator", 400, "3 tot 64 tekens")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Add", "userName=new.one&role=", 400, "Kies een rol")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Add", "userName=new.one&role=analyst&municipality=GM0193'%20OR%201=1", 400, "bestaande CBS-code")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Disable", "id=abc&disabled=true", 400, "'abc' voor id")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Disable", "id={analyst}&disabled=maybe", 400, "true of false")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Disable", "id=999&disabled=true", 404, "bestaat niet")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Reset", "id=999", 404, "bestaat niet")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Reset", "", 404, "bestaat niet")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Role", "id=999&role=coordinator", 404, "bestaat niet")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Role", "id={analyst}&role=king", 400, "Kies een rol")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Token", "id=999", 404, "bestaat niet")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Token", "id={analyst}", 400, "Alleen onderzoekers krijgen een API-token")]
    [TestCase("/coordinator/accounts", "/coordinator/accounts?handler=Nonsense", "id={analyst}", 404, "bestaat niet")]
    [TestCase("/datasets/{v}/delete", "/datasets/999/delete", "", 404, "bestaat niet")]
    [TestCase("/upload/{staged}", "/upload/{staged}?handler=Confirm", "mode=everything", 400, "Kies: het hele bestand")]
    [TestCase("/upload/{staged}", "/upload/{staged}?handler=Confirm", "", 400, "Kies: het hele bestand")]
    [TestCase("/upload/{staged}", "/upload/0123456789abcdef0123456789abcdef?handler=Confirm", "mode=valid", 404, "bestaat niet")]
    [TestCase("/login", "/login", "userName={long}&password=x", 400, "Vul uw gebruikersnaam en wachtwoord in")]
    [TestCase("/login", "/login", "userName=&password=", 400, "Vul uw gebruikersnaam en wachtwoord in")]
    [TestCase("/login", "/login", "userName=%00coordinator&password=%00", 400, "Dit verzoek klopt niet")]
    public async Task Post_BadValue_ClearPageNothingStored(string formPage, string url, string body, int status, string message)
    {
        var client = formPage == "/login" ? _site.Client() : Clients["coordinator"];
        var staged = _site.Store.Stage(_site.Store.FindAccount("coordinator")!.Id, "x.csv", WebSite.Sample2024());
        var token = await WebSite.AntiforgeryTokenAsync(client, Expand(formPage).Replace("{staged}", staged.Id, StringComparison.Ordinal));
        var before = Snapshot();
        using var content = new StringContent(Expand(body) + (body.Length > 0 ? "&" : "") + "__af=" + WebUtility.UrlEncode(token), Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.PostAsync(new Uri(Expand(url).Replace("{staged}", staged.Id, StringComparison.Ordinal), UriKind.Relative), content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(html, Does.Contain(message).And.Not.Contain("   at ").And.Not.Contain("Exception"));
            Assert.That(Snapshot(), Is.EqualTo(before), "nothing changed");
        });
        _site.Store.DropStaged(staged.Id);
        if (formPage == "/login")
        {
            client.Dispose();
        }
    }

    /// <summary>More form fields than the site reads (a forged form): 400, not an error of the site.</summary>
    [Test]
    public async Task Post_ThousandsOfFields_400()
    {
        var token = await WebSite.AntiforgeryTokenAsync(Clients["coordinator"], "/coordinator/years");
        var before = Snapshot();
        var body = string.Join("&", Enumerable.Range(0, 5000).Select(i => $"f{i}=x")) + "&year=2030&state=published&__af=" + WebUtility.UrlEncode(token);
        using var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await Clients["coordinator"].PostAsync(new Uri("/coordinator/years", UriKind.Relative), content);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Dit verzoek klopt niet").And.Not.Contain("   at "));
            Assert.That(Snapshot(), Is.EqualTo(before));
        });
    }

    /// <summary>Files that are not what the upload forms read: a clear page with the right status, nothing staged or changed.</summary>
    [TestCase("/upload", "figures.exe", new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, 415, "worden niet gelezen")]
    [TestCase("/coordinator/circles", "groups.csv", new byte[0], 400, "Kies een groepenbestand")]
    [TestCase("/coordinator/circles", "groups.csv", new byte[] { 0x67, 0x00, 0x00, 0xFF, 0xFE }, 415, "geen tekst")]
    [TestCase("/coordinator/circles", "groups.csv", new byte[] { 0x61, 0x3B, 0x62, 0x0A, 0x31, 0x3B, 0x32, 0x0A }, 400, "heeft fouten")]
    public async Task Upload_BadFile_ClearPageNothingStored(string page, string fileName, byte[] bytes, int status, string message)
    {
        var client = Clients["coordinator"];
        var token = await WebSite.AntiforgeryTokenAsync(client, page);
        var before = Snapshot();
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);

        var response = await client.PostAsync(new Uri(page, UriKind.Relative), form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), html.Length > 2000 ? html[..2000] : html);
            Assert.That(html, Does.Contain(message).And.Not.Contain("   at ").And.Not.Contain("Exception"));
            Assert.That(Snapshot(), Is.EqualTo(before));
        });
    }

    /// <summary>A damaged workbook is staged, and its preview says it cannot be read and offers nothing to store.</summary>
    [Test]
    public async Task Upload_DamagedWorkbook_PreviewSaysSoNothingToStore()
    {
        var client = Clients["coordinator"];
        var before = Snapshot();
        var response = await WebSite.UploadAsync(client, "broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 1, 2, 3], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var preview = await client.GetAsync(response.Headers.Location);
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        var confirm = await WebSite.ConfirmAsync(client, response.Headers.Location!.OriginalString, "valid");

        Assert.Multiple(() =>
        {
            Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("kan niet worden opgeslagen").And.Not.Contain("   at ").And.Not.Contain("Exception"));
            Assert.That(html, Does.Not.Contain("geldige rijen opslaan"));
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Snapshot().Replace("|upload:broken.xlsx", "", StringComparison.Ordinal), Is.EqualTo(before), "nothing but the upload's audit line");
        });
    }

    /// <summary>A file name with a path in it is kept as its last part only.</summary>
    [Test]
    public async Task Upload_FileNameWithAPath_StagedUnderItsLastPart()
    {
        var client = Clients["coordinator"];
        var response = await WebSite.UploadAsync(client, "../../../etc/" + new string('x', 300) + ".csv", WebSite.Sample2024());
        var id = response.Headers.Location!.OriginalString["/upload/".Length..];
        var staged = _site.Store.FindStaged(id, _site.Store.FindAccount("coordinator")!.Id)!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(staged.FileName, Does.Not.Contain("/").And.Not.Contain(".."));
            Assert.That(staged.FileName.Length, Is.LessThanOrEqualTo(260));
        });
        _site.Store.DropStaged(id);
    }

    private static string Expand(string text) => text
        .Replace("{v}", _version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{analyst}", _site.Store.FindAccount("analyst")!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{researcher}", _site.Store.FindAccount("researcher")!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{long}", new string('9', 5000), StringComparison.Ordinal);

    /// <summary>What the forms can change: versions, accounts, year states, circles, and the audit log of changes.</summary>
    private static string Snapshot()
    {
        var store = _site.Store;
        var accounts = store.Accounts().Select(a => $"{a.UserName}:{a.Role.Code()}:{a.Municipality}:{a.Disabled}");
        var versions = store.Versions().Select(v => $"{v.Id}:{v.Status}");
        var years = store.YearStates().Select(y => $"{y.Year}:{y.State}");
        var circles = store.Circles().All.Select(c => $"{c.Name}:{c.Members.Count}");
        // Every change a form makes is audited (passwords, tokens too); sign-in attempts are audited but change nothing.
        var changes = store.AuditLog(100_000).Where(e => !e.Action.StartsWith("login", StringComparison.Ordinal)).Select(e => $"{e.Action}:{e.Subject}");
        return string.Join("|", accounts.Concat(versions).Concat(years).Concat(circles).Concat(changes));
    }
}
