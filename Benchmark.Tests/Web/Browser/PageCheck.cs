using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Benchmark.Tests.Web.Browser;

/// <summary>
/// What every page must pass in the browser: axe-core with the WCAG 2.1 A and AA rules (no serious or critical
/// violation) and, at a phone's 390 px, no sideways scrolling of the page itself (wide tables scroll in their own box).
/// Each page is photographed at 1280 and 390 px (<see cref="BrowserSite.Screenshots"/>) for a person to look at.
/// </summary>
internal static class PageCheck
{
    public static async Task RunAsync(IPage page, string name, List<string> problems)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }).ConfigureAwait(false);
        problems.AddRange(results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{name}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}"));
        Directory.CreateDirectory(BrowserSite.Screenshots);
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900).ConfigureAwait(false);
            if (width == 390 && await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth").ConfigureAwait(false) is > 0 and var overflow)
            {
                var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-wrap, .chart-table, pre')).slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ')").ConfigureAwait(false);
                problems.Add($"{name}: the page is {overflow} px wider than a 390 px phone ({wide})");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.Screenshots, $"{name}-{width}.png"), FullPage = true }).ConfigureAwait(false);
        }

        await page.SetViewportSizeAsync(1280, 900).ConfigureAwait(false);
    }
}
