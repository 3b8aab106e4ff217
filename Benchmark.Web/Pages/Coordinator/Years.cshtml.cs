using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Coordinator;

/// <summary>The benchmark years: open a year for deliveries, publish it (then every member sees its figures).</summary>
internal sealed class YearsModel(IDatasetStore store, Ui ui) : PageModel
{
    /// <summary>Every year with data or a state, newest first.</summary>
    public IReadOnlyList<(int Year, YearStatus? Status, int Versions)> Years { get; private set; } = [];

    /// <summary>What was wrong with the form.</summary>
    public string? Problem { get; private set; }

    /// <summary>Lists the years.</summary>
    public void OnGet() => Load();

    /// <summary>Sets a year's state: <paramref name="state"/> <c>open</c> or <c>published</c>.</summary>
    public IActionResult OnPost(string? year, string? state)
    {
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2100
            || state is not ("open" or "published"))
        {
            Problem = ui.T("Kies een jaar tussen 1990 en 2100 en openen of publiceren.", "Choose a year between 1990 and 2100 and open or publish.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Load();
            return Page();
        }

        store.SetYearState(y, state == "published" ? YearState.Published : YearState.Open, HttpContext.CurrentAccount()!.UserName);
        return Redirect("/coordinator/years");
    }

    private void Load()
    {
        var states = store.YearStates().ToDictionary(s => s.Year);
        var versions = store.Versions().Where(v => v.Status != DatasetVersionStatus.Rejected).SelectMany(v => v.Years).GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count());
        Years = [.. states.Keys.Union(versions.Keys).OrderDescending().Select(y => (y, states.GetValueOrDefault(y), versions.GetValueOrDefault(y)))];
    }
}
