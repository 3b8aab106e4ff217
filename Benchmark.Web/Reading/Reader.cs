using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Store.Accounts;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Benchmark.Web.Visibility;
using Microsoft.AspNetCore.Http;

namespace Benchmark.Web.Reading;

/// <summary>
/// What a read page or API call needs for one request: the reader, the engine over what the reader may see
/// (<see cref="ReaderEngine"/>), the names as the reader may see them, and the checks of the request's municipality,
/// year and peer group — each failing with a <see cref="ReadProblem"/> (400, 403 or 404), never an exception.
/// </summary>
internal sealed class Reader
{
    private readonly Lazy<BenchmarkEngine?> _engine;
    private readonly Lazy<NameDisplay> _names;
    private readonly Lazy<Store.Analysis.AnalysisSession?> _session;

    /// <summary>The reader of the current request.</summary>
    public Reader(IHttpContextAccessor accessor, IDatasetStore store, ReaderEngine engines)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        var context = accessor.HttpContext ?? throw new InvalidOperationException("No request.");
        Store = store;
        Account = context.Items[ApiAccountKey] as Account ?? context.CurrentAccount();
        Language = context.Items[ApiLanguageKey] is Text.Language language ? language : Ui.LanguageOf(context);
        _engine = new(() => engines.For(Account));
        _session = new(() => engines.Session);
        _names = new(() => new NameDisplay(store, Account, Language));
    }

    /// <summary>The key under which the API puts the account of a bearer token.</summary>
    internal static readonly object ApiAccountKey = new();

    /// <summary>The key under which the API puts the language of <c>Accept-Language</c>.</summary>
    internal static readonly object ApiLanguageKey = new();

    /// <summary>The store.</summary>
    public IDatasetStore Store { get; }

    /// <summary>The reader (signed in by cookie or by token).</summary>
    public Account? Account { get; }

    /// <summary>The reader's language.</summary>
    public Text.Language Language { get; }

    /// <summary>The engine over what the reader may see; <see langword="null"/> when the store holds nothing visible.</summary>
    public BenchmarkEngine? Engine => _engine.Value;

    /// <summary>The store's analysis session (dataset sources and findings for reports).</summary>
    public Store.Analysis.AnalysisSession? Session => _session.Value;

    /// <summary>Names and anonymised labels as the reader may see them.</summary>
    public NameDisplay Names => _names.Value;

    /// <summary>The reader's own municipality (analysts and directors), or <see langword="null"/>.</summary>
    public MunicipalityCode? Own => Account is { } a && a.Role.NeedsMunicipality() ? a.Municipality : null;

    /// <summary>The municipality a dashboard is about: the code given (coordinator: any; others: only their own), else the reader's own.</summary>
    public MunicipalityCode? Focus(string? code, out ReadProblem? problem)
    {
        problem = null;
        var engine = Engine;
        if (string.IsNullOrWhiteSpace(code))
        {
            if (Own is { } own)
            {
                return own;
            }

            if (engine is null || engine.Data.Municipalities.Count == 0)
            {
                problem = ReadProblem.NotFound("Er zijn nog geen cijfers.", "There are no figures yet.");
                return null;
            }

            return engine.Data.Municipalities[0];
        }

        if (!MunicipalityCode.TryParse(code.Trim(), out var parsed))
        {
            problem = ReadProblem.BadRequest($"‘{code}’ is geen gemeentecode (zoals GM0193).", $"‘{code}’ is not a municipality code (such as GM0193).");
            return null;
        }

        if (engine?.Municipalities.Find(parsed) is null)
        {
            problem = ReadProblem.NotFound($"{parsed} staat niet in de gemeentereferentie.", $"{parsed} is not in the municipality reference.");
            return null;
        }

        if (Account?.Role != Role.Coordinator && Own != parsed)
        {
            problem = ReadProblem.Forbidden("U kunt alleen het dashboard van uw eigen gemeente openen.", "You can only open the dashboard of your own municipality.");
            return null;
        }

        return parsed;
    }

    /// <summary>The year asked for, else the latest year with figures of <paramref name="focus"/> the reader may see.</summary>
    public int? Year(int? year, MunicipalityCode? focus, out ReadProblem? problem)
    {
        problem = null;
        var years = VisibleYears(focus);
        if (year is { } asked)
        {
            if (years.Contains(asked))
            {
                return asked;
            }

            problem = ReadProblem.NotFound($"Voor {asked} zijn er geen cijfers die u mag zien.", $"There are no figures for {asked} that you may see.");
            return null;
        }

        if (years.Count == 0)
        {
            problem = ReadProblem.NotFound("Er zijn nog geen cijfers die u mag zien.", "There are no figures yet that you may see.");
            return null;
        }

        return years[^1];
    }

    /// <summary>The years with figures the reader may see (of <paramref name="focus"/> when given), ascending.</summary>
    public IReadOnlyList<int> VisibleYears(MunicipalityCode? focus = null)
    {
        if (Engine is not { } engine)
        {
            return [];
        }

        var published = Store.PublishedYears();
        return [.. engine.Years.Where(y => Account?.Role == Role.Coordinator || published.Contains(y) || (focus is { } f && f == Own))];
    }

    /// <summary>The peer group asked for (<see cref="PeerGroupSpec.Forms"/>; a circle must exist), else the default.</summary>
    public PeerGroupSpec? Peers(string? text, out ReadProblem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return PeerGroupSpec.Default;
        }

        if (!PeerGroupSpec.TryParse(text, out var spec) || spec.NearestCount > 100)
        {
            problem = ReadProblem.BadRequest(
                $"‘{text}’ is geen vergelijkingsgroep; kies default, size-class, province, nearest:K (K van 1 tot 100) of group:NAAM.",
                $"‘{text}’ is not a peer group; choose default, size-class, province, nearest:K (K from 1 to 100) or group:NAME.");
            return null;
        }

        if (spec.GroupName is { } name && Store.Circles().Find(name) is null)
        {
            problem = ReadProblem.NotFound($"Er is geen leerkring ‘{name}’.", $"There is no learning circle ‘{name}’.");
            return null;
        }

        return spec;
    }
}
