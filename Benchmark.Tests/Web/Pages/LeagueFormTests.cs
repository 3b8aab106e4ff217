using System.Net;
using System.Text.RegularExpressions;

namespace Benchmark.Tests.Web.Pages;

/// <summary>The league table's one GET form: indicator, year, peer group and order in the URL, no script needed.</summary>
[TestFixture]
public sealed partial class LeagueFormTests
{
    [Test]
    public async Task League_OneGetFormWithEveryChoice()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        var html = await client.GetStringAsync(new Uri("/league?year=2023", UriKind.Relative));
        var forms = Form().Matches(html);

        Assert.Multiple(() =>
        {
            Assert.That(forms, Has.Count.EqualTo(1), "one filter form");
            var form = forms[0].Value;
            Assert.That(form, Does.StartWith("<form method=\"get\" action=\"/league\""));
            foreach (var name in new[] { "indicator", "year", "group", "sort" })
            {
                Assert.That(form, Does.Contain($"name=\"{name}\""), name);
            }
        });
    }

    [Test]
    public async Task League_SortByName_ListsTheTableAlphabetically_ChartUnchanged()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");
        var page = "/league?year=2023&group=group:Leerkring%20Oost";

        var byRank = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page, UriKind.Relative)));
        var byName = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page + "&sort=name", UriKind.Relative)));
        var reversed = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page + "&sort=reverse", UriKind.Relative)));
        var names = Names(byName);

        Assert.Multiple(() =>
        {
            Assert.That(names, Has.Count.GreaterThan(5));
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), System.Globalization.CompareOptions.None)));
            Assert.That(Names(reversed), Is.EqualTo(Names(byRank).AsEnumerable().Reverse()));
            Assert.That(ChartLinks.Of(byName), Is.EqualTo(ChartLinks.Of(byRank)), "the chart always shows the ranking");
            Assert.That(byName, Does.Contain("<option value=\"name\" selected=\"selected\">"));
        });
    }

    [Test]
    public async Task League_UnknownOrder_400()
    {
        await using var site = await ReadSite.StartAsync();
        using var client = await site.SignedInAsync("director");

        using var response = await client.GetAsync(new Uri("/league?year=2023&sort=sideways", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("‘sideways’ is geen volgorde"));
        });
    }

    /// <summary>The municipality column of the chart's table, in row order.</summary>
    private static List<string> Names(string html) =>
        [.. Row().Matches(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value.Replace(" (deze gemeente)", "", StringComparison.Ordinal))];

    [GeneratedRegex("<form method=\"get\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<td class=\"num\">\\d+</td>\\s*<td>([^<]+)</td>")]
    private static partial Regex Row();
}
