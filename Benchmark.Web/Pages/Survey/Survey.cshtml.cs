using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Store.Survey;
using Benchmark.Text;
using Benchmark.Web.Charts;
using Benchmark.Web.Conversation;
using Benchmark.Web.Experience;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Survey;

/// <summary>
/// A municipality's experience survey (MTO employees, KTV internal customers): the experience-survey page of the PDF
/// report (same composer, same numbers) — themes against the peer median with 95 % intervals and the verdict, the
/// strongest and weakest items, n and response rate, departments from 10 respondents. Only aggregates: no respondent's
/// id or answer is ever read for this page. Open to the coordinator and the municipality's own analysts and directors.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class SurveyModel(Reader reader, WebOptions options, ReportCache cache) : ReadPage(reader, options)
{
    /// <summary>The municipality.</summary>
    public MunicipalityCode Focus { get; private set; }

    /// <summary>The municipality's name as the reader sees it.</summary>
    public string FocusName { get; private set; } = string.Empty;

    /// <summary>The survey page of the report, or <see langword="null"/> when the municipality has no respondent data in the year.</summary>
    public SurveySection? Section { get; private set; }

    /// <summary>The years with respondent data of the municipality that the reader may see, newest first.</summary>
    public IReadOnlyList<int> SurveyYears { get; private set; } = [];

    /// <summary>For the coordinator: the municipalities with respondent data to choose from (name order); empty for others.</summary>
    public IReadOnlyList<(MunicipalityCode Code, string Name)> Choices { get; private set; } = [];

    /// <summary>Whether the year is unpublished for this reader (own figures only: no peer comparison yet).</summary>
    public bool YearUnpublished { get; private set; }

    /// <summary>The chart handler of this view; a chart's URL adds its id and version (<see cref="ChartResponse.Link"/>).</summary>
    public string ChartPage => $"/survey/{Focus}/{Year}?handler=chart&group={Uri.EscapeDataString(Spec.ToString())}";

    /// <summary>The labels of a chart's legend in the reader's language: mean, interval, peer median.</summary>
    public (string Mean, string Interval, string Median) Legend =>
        (Reader.Language.Pick("gemiddelde", "mean"), Reader.Language.Pick("95%-interval", "95% interval"), Reader.Language.Pick("mediaan groep", "peer median"));

    /// <summary>Shows the survey of <paramref name="code"/> (default: the reader's own) in <paramref name="year"/> against <paramref name="group"/>.</summary>
    public IActionResult OnGet(string? code, int? year, string? group)
    {
        if (!Load(code, year ?? LatestSurveyYear(code), group))
        {
            return Page();
        }

        var visible = Reader.VisibleYears(Focus);
        SurveyYears = [.. Reader.Store.SurveyCells().Where(c => c.Municipality == Focus && visible.Contains(c.Year)).Select(c => c.Year).Distinct().OrderDescending()];
        YearUnpublished = Reader.Account?.Role != Role.Coordinator && !Reader.Store.PublishedYears().Contains(Year);
        if (Reader.Account?.Role == Role.Coordinator)
        {
            Choices = [.. Reader.Store.SurveyCells().Select(c => c.Municipality).Append(Focus).Distinct().Select(m => (m, Reader.Names.Name(m))).OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
        }

        return Page();
    }

    /// <summary>
    /// One chart of the page as an SVG image (<c>sB-G</c>: survey B's themes on scale G): made from the same view as the
    /// page, after the same checks; unknown charts are 404.
    /// </summary>
    public IActionResult OnGetChart(string? code, int? year, string? group, string? id, string? v)
    {
        if (!Load(code, year, group))
        {
            return StatusCode(Problem!.Status);
        }

        var parts = (id ?? string.Empty).TrimStart('s').Split('-');
        if (Section is null || parts.Length != 2 || !int.TryParse(parts[0], out var b) || !int.TryParse(parts[1], out var g)
            || b < 0 || b >= Section.Surveys.Count)
        {
            return NotFound();
        }

        var images = SurveyChart.Images(Section.Surveys[b].Themes, Legend.Mean, Legend.Interval, Legend.Median);
        return g >= 0 && g < images.Count && id![0] == 's' ? ChartResponse.Serve(Response, images[g], v) : NotFound();
    }

    private bool Load(string? code, int? year, string? group)
    {
        if (!Resolve(code, year, group, out var focus))
        {
            return false;
        }

        Focus = focus;
        FocusName = Reader.Names.Name(focus);
        Section = ConversationReport.Of(Reader, cache, focus, Year, Spec, Clock).Survey;
        return true;
    }

    /// <summary>Without a year: the newest year with respondent data of the municipality asked for (or the reader's own), when the reader may see it.</summary>
    private int? LatestSurveyYear(string? code)
    {
        var focus = string.IsNullOrWhiteSpace(code) ? Reader.Own : MunicipalityCode.TryParse(code.Trim(), out var parsed) ? parsed : null;
        if (focus is not { } f)
        {
            return null;
        }

        var visible = Reader.VisibleYears(f);
        return Reader.Store.SurveyCells().Where(c => c.Municipality == f && visible.Contains(c.Year)).Select(c => (int?)c.Year).Max();
    }
}
