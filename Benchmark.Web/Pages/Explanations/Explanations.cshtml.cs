using Benchmark.Catalog;
using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Store.Accounts;
using Benchmark.Store.Conversation;
using Benchmark.Store.Sharing;
using Benchmark.Text;
using Benchmark.Web.Conversation;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Explanations;

/// <summary>
/// A municipality's explanations (duiding) of one year: per explained value the category, text, author, date, its
/// edit history and — for a <c>datafout</c> not yet corrected — the flag every output shows. The coordinator and the
/// municipality's analysts and directors add and edit them (every edit a new revision, as <c>benchmark explain</c>);
/// the page is open to them only, other members read a circle's explanations on the circle page.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class ExplanationsModel(Reader reader, WebOptions options, ReportCache cache) : ReadPage(reader, options)
{
    /// <summary>The municipality.</summary>
    public MunicipalityCode Focus { get; private set; }

    /// <summary>The municipality's name.</summary>
    public string FocusName { get; private set; } = string.Empty;

    /// <summary>The current explanations of the year with their history (oldest revision first) and the value as the report prints it.</summary>
    public IReadOnlyList<(Explanation Current, IReadOnlyList<Explanation> History, string IndicatorName, string Value)> Rows { get; private set; } = [];

    /// <summary>The indicators that may be explained: code and name.</summary>
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    /// <summary>For the coordinator: every municipality with figures to choose from (name order); empty for others.</summary>
    public IReadOnlyList<(MunicipalityCode Code, string Name)> Choices { get; private set; } = [];

    /// <summary>Whether the reader may add and edit explanations here.</summary>
    public bool MayWrite { get; private set; }

    /// <summary>The form's problems, in both languages.</summary>
    public IReadOnlyList<LocalizedText> FormProblems { get; private set; } = [];

    /// <summary>The form's values (an edit starts from the current explanation; a refused form keeps what was typed).</summary>
    public (string Indicator, string Year, string Category, string Text) Form { get; private set; }

    /// <summary>The explanations of <paramref name="code"/> in <paramref name="year"/>; <paramref name="indicator"/> opens the form on that value.</summary>
    public IActionResult OnGet(string? code, int? year, string? indicator)
    {
        if (!Load(code, year))
        {
            return Page();
        }

        var current = Rows.FirstOrDefault(r => string.Equals(r.Current.Indicator, indicator, StringComparison.OrdinalIgnoreCase)).Current;
        Form = current is null
            ? (Indicators.FirstOrDefault(i => string.Equals(i.Code, indicator, StringComparison.OrdinalIgnoreCase))?.Code ?? string.Empty, Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "onbekend", string.Empty)
            : (current.Indicator, Year.ToString(System.Globalization.CultureInfo.InvariantCulture), current.Category.Code(), current.Text);
        return Page();
    }

    /// <summary>Stores an explanation of <paramref name="code"/>'s value as its next revision, or re-shows the form with its problems (400).</summary>
    public IActionResult OnPost(string? code, string? indicator, string? year, string? category, string? text)
    {
        var account = HttpContext.CurrentAccount()!;
        var shown = int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        if (!Load(code, null))
        {
            return Page();
        }

        if (!MayWrite)
        {
            return Fail(ReadProblem.Forbidden("U kunt alleen duiding schrijven bij de cijfers van uw eigen gemeente.", "You can only write explanations of your own municipality's figures."));
        }

        var input = new ExplanationInput(indicator, year, category, text);
        FormProblems = input.Check(Indicators, [.. Reader.VisibleYears(Focus)], out var good);
        if (FormProblems.Count > 0)
        {
            if (shown is { } asked && Reader.VisibleYears(Focus).Contains(asked))
            {
                Load(code, asked);
            }

            Form = (indicator ?? string.Empty, year ?? string.Empty, category ?? string.Empty, text ?? string.Empty);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var saved = Reader.Store.SaveExplanation(new Explanation(Focus, good.Indicator, good.Year, good.Category, good.Text, account.UserName, Clock.GetUtcNow()));
        cache.Clear();
        Reader.Store.Audit(account.UserName, ConversationAudit.ExplanationSave, $"{Focus} {saved.Indicator} {saved.Year}", $"revisie {saved.Revision}, {saved.Category.Code()}");
        return Redirect($"/explanations/{Focus}/{saved.Year}#ind-{saved.Indicator}");
    }

    private bool Load(string? code, int? year)
    {
        if (!Resolve(code, year, null, out var focus))
        {
            return false;
        }

        Focus = focus;
        FocusName = Reader.Names.Name(focus);
        MayWrite = ConversationRights.MayWrite(Reader.Account, focus);
        var engine = Reader.Engine!;
        Indicators = [.. engine.ComparableIndicators];
        if (Reader.Account?.Role == Role.Coordinator)
        {
            Choices = [.. engine.Data.Municipalities.Select(m => (m, Reader.Names.Name(m))).OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
        }

        MunicipalityReport? report = null;
        string Value(string indicatorCode)
        {
            report ??= ConversationReport.Of(Reader, cache, focus, Year, Spec, Clock);
            return report.Summary.Rows.FirstOrDefault(r => r.Code == indicatorCode)?.Value ?? "–";
        }

        Rows = [.. Reader.Store.Explanations(focus, Year, engine.Catalog).Select(e => (
            e,
            Reader.Store.ExplanationHistory(focus, e.Indicator, Year),
            engine.Catalog.TryGet(e.Indicator, out var i) ? i.Name.Get(Reader.Language) : e.Indicator,
            Value(e.Indicator)))];
        return true;
    }
}
