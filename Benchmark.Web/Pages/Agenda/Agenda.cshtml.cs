using Benchmark.Catalog;
using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
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

namespace Benchmark.Web.Pages.Agenda;

/// <summary>
/// A learning circle's agenda: the actions its members agreed ("Zwolle leert van Deventer: …") with the follow-up the
/// library computes (<see cref="AgendaFollowUp"/>, as the circle report's talking points: movement since the baseline in
/// the better direction against the circle median's movement). Members record actions for their own municipality with
/// the baseline value taken from the store; the coordinator exports the agenda as the CSV of <c>benchmark agenda export</c>.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class AgendaModel(Reader reader, WebOptions options, ReportCache cache) : ReadPage(reader, options)
{
    /// <summary>The circles the reader may open.</summary>
    public IReadOnlyList<NamedGroup> Circles { get; private set; } = [];

    /// <summary>The circle shown, or <see langword="null"/> for the list.</summary>
    public NamedGroup? Shown { get; private set; }

    /// <summary>The circle's talking points (the agenda table with its follow-up), or <see langword="null"/> when there is nothing yet.</summary>
    public DuidingSection? Points { get; private set; }

    /// <summary>Whether the reader may add actions to this circle's agenda.</summary>
    public bool MayWrite { get; private set; }

    /// <summary>The indicators to choose from.</summary>
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    /// <summary>The form's problems.</summary>
    public IReadOnlyList<LocalizedText> FormProblems { get; private set; } = [];

    /// <summary>What was typed into a refused form, by field name.</summary>
    public IReadOnlyDictionary<string, string> Form { get; private set; } = new Dictionary<string, string>();

    /// <summary>Today's date (the earliest due date).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>The list of circles, or the agenda of circle <paramref name="name"/> followed up in <paramref name="year"/>.</summary>
    public IActionResult OnGet(string? name, int? year) => Load(name, year) ?? Page();

    /// <summary>Records an action for the writer's own municipality (the coordinator: any member).</summary>
    public IActionResult OnPost(string? name, string? learner, string? partner, string? indicator, string? text, string? owner, string? due, string? baselineYear)
    {
        if (Load(name, null) is { } refused)
        {
            return refused;
        }

        if (Shown is not { } circle || !MayWrite)
        {
            return Fail(ReadProblem.Forbidden("U kunt alleen acties vastleggen voor uw eigen gemeente in uw eigen leerkring.", "You can only record actions for your own municipality in your own learning circle."));
        }

        var account = Reader.Account!;
        var own = account.Role == Role.Coordinator ? (MunicipalityCode?)null : account.Municipality;
        Form = new Dictionary<string, string>
        {
            ["learner"] = learner ?? string.Empty, ["partner"] = partner ?? string.Empty, ["indicator"] = indicator ?? string.Empty, ["text"] = text ?? string.Empty,
            ["owner"] = owner ?? string.Empty, ["due"] = due ?? string.Empty, ["baselineYear"] = baselineYear ?? string.Empty,
        };
        var input = new AgendaInput(learner, partner, indicator, text, owner, due, baselineYear);
        var problems = input.Check(circle.Members, own, Indicators, [.. Reader.VisibleYears(own ?? (MunicipalityCode.TryParse(learner, out var l) ? l : (MunicipalityCode?)null))], Today, out var good).ToList();
        var baseline = problems.Count == 0 ? Reader.Engine!.Data.ValueOrNaN(good.Learner, good.BaselineYear, good.Indicator) : double.NaN;
        if (problems.Count == 0 && double.IsNaN(baseline))
        {
            problems.Add(LocalizedText.Format(
                "Basisjaar: er is geen waarde van {0} voor {1} in {2} om van uit te gaan; kies een ander basisjaar.",
                "Baseline year: there is no value of {0} for {1} in {2} to start from; choose another baseline year.",
                good.Indicator,
                Reader.Names.Name(good.Learner),
                good.BaselineYear));
        }

        if (problems.Count > 0)
        {
            FormProblems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var action = $"{Reader.Names.Name(good.Learner)} leert van {Reader.Names.Name(good.Partner)}: {good.Text}";
        var saved = Reader.Store.SaveAgendaItem(new AgendaItem(good.Learner, action, good.Owner, good.Due, good.Indicator, good.BaselineYear, baseline) { Circle = circle.Name });
        cache.Clear();
        Reader.Store.Audit(account.UserName, ConversationAudit.AgendaAdd, $"{good.Learner} {good.Indicator}", $"{circle.Name}, actie {saved.Id}");
        return Redirect($"/agenda/{Uri.EscapeDataString(circle.Name)}?year={Year}#agenda");
    }

    /// <summary>The coordinator's export: the circle's agenda (every action without a circle name) as CSV.</summary>
    public IActionResult OnGetExport(string? name)
    {
        if (Reader.Account?.Role != Role.Coordinator)
        {
            return Fail(ReadProblem.Forbidden("Alleen de coördinator exporteert de leeragenda.", "Only the coordinator exports the learning agenda."));
        }

        var circle = string.IsNullOrWhiteSpace(name) ? null : Reader.Store.Circles().All.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(name) && circle is null)
        {
            return Fail(ReadProblem.NotFound($"Er is geen leerkring ‘{name}’.", $"There is no learning circle ‘{name}’."));
        }

        var items = Reader.Store.AgendaItems().Where(a => circle is null || circle.Contains(a.Municipality)).ToList();
        using var buffer = new MemoryStream();
        ConversationCsv.WriteAgenda(items, buffer);
        Reader.Store.Audit(Reader.Account.UserName, ConversationAudit.AgendaExport, circle?.Name ?? "*", $"{items.Count} acties");
        return File(buffer.ToArray(), "text/csv; charset=utf-8", circle is null ? "leeragenda.csv" : $"leeragenda-{Slug(circle.Name)}.csv");
    }

    /// <summary>Loads the circle and its talking points; a result when the request is refused, else <see langword="null"/>.</summary>
    private IActionResult? Load(string? name, int? year)
    {
        var all = Reader.Store.Circles().All;
        Circles = [.. all.Where(MayOpen)];
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (all.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } circle)
        {
            return Fail(ReadProblem.NotFound($"Er is geen leerkring ‘{name}’.", $"There is no learning circle ‘{name}’."));
        }

        if (!MayOpen(circle))
        {
            return Fail(ReadProblem.Forbidden("Deze leerkring is alleen voor haar leden en de coördinator.", "This learning circle is for its members and the coordinator only."));
        }

        Shown = circle;
        var y = Reader.Year(year, Reader.Own, out var problem);
        if (y is null)
        {
            return Fail(problem!);
        }

        Year = y.Value;
        Spec = PeerGroupSpec.Group(circle.Name);
        Indicators = [.. Reader.Engine!.ComparableIndicators];
        MayWrite = Reader.Account?.Role == Role.Coordinator || (Reader.Own is { } own && circle.Contains(own) && ConversationRights.MayWrite(Reader.Account, own));
        var options = ReaderReports.Options(Reader, circle.Members, Clock) with { Efficiency = false };
        try
        {
            Points = LearningCircleComposer.Compose(Reader.Engine!, circle.Name, Year, options, Reader.Own is { } o && circle.Contains(o) ? o : null).TalkingPoints;
        }
        catch (ArgumentException)
        {
            Points = null;
        }

        return null;
    }

    private bool MayOpen(NamedGroup circle) =>
        Reader.Account?.Role == Role.Coordinator || (Reader.Own is { } own && circle.Contains(own));

    private static string Slug(string name) =>
        new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
