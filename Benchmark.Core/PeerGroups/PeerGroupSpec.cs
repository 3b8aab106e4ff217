using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Benchmark.Text;

namespace Benchmark.PeerGroups;

/// <summary>
/// An immutable description of how a peer group is formed, in the CLI form
/// <c>default | all | size-class | size-class-ex-g4 | province | group:NAME | nearest[:K]</c>.
/// </summary>
/// <remarks>
/// Keywords are matched ignoring case and surrounding white space; a group name keeps its case (groups are looked up
/// ignoring case). <see cref="ToString"/> gives the canonical form, which <see cref="Parse"/> reads back to an equal
/// spec: lower-case keywords, <c>group:</c> followed by the trimmed name, and <c>nearest</c> with <c>:K</c> only when
/// K was given. Without K, <c>nearest</c> takes <see cref="NearestNeighbourOptions.K"/> (default 15).
/// </remarks>
public sealed record PeerGroupSpec
{
    /// <summary>The forms a spec may take, for help and error messages.</summary>
    public const string Forms = "default | all | size-class | size-class-ex-g4 | province | group:NAME | nearest[:K]";

    private PeerGroupSpec(PeerGroupKind kind, string? groupName, int? nearestCount)
    {
        Kind = kind;
        GroupName = groupName;
        NearestCount = nearestCount;
    }

    /// <summary>Every municipality in the universe: <c>all</c>.</summary>
    public static PeerGroupSpec All { get; } = new(PeerGroupKind.All, null, null);

    /// <summary>The focus's size class: <c>size-class</c>.</summary>
    public static PeerGroupSpec BySizeClass { get; } = new(PeerGroupKind.SizeClass, null, null);

    /// <summary>The focus's size class, without the G4 in the ≥ 100,000 class: <c>size-class-ex-g4</c>.</summary>
    public static PeerGroupSpec BySizeClassExcludingG4 { get; } = new(PeerGroupKind.SizeClassExcludingG4, null, null);

    /// <summary>The focus's province: <c>province</c>.</summary>
    public static PeerGroupSpec ByProvince { get; } = new(PeerGroupKind.Province, null, null);

    /// <summary>
    /// The default method (<c>default</c>): the size class, or for a municipality far larger or smaller than its class
    /// the municipalities of comparable size (see <see cref="DefaultPeers"/>).
    /// </summary>
    public static PeerGroupSpec Default { get; } = new(PeerGroupKind.Default, null, null);

    /// <summary>The method.</summary>
    public PeerGroupKind Kind { get; }

    /// <summary>For <see cref="PeerGroupKind.Named"/>: the group name as given; otherwise <see langword="null"/>.</summary>
    public string? GroupName { get; }

    /// <summary>
    /// For <see cref="PeerGroupKind.Nearest"/>: the number of neighbours K when given; <see langword="null"/> means
    /// <see cref="NearestNeighbourOptions.K"/> (default 15).
    /// </summary>
    public int? NearestCount { get; }

    /// <summary>A named group (learning circle): <c>group:NAME</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="name"/> is empty or white space.</exception>
    public static PeerGroupSpec Group(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A group name must not be empty.", nameof(name));
        }

        return new PeerGroupSpec(PeerGroupKind.Named, name.Trim(), null);
    }

    /// <summary>The <paramref name="k"/> nearest neighbours (<c>nearest:K</c>), or the options' K when <see langword="null"/> (<c>nearest</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="k"/> is less than 1.</exception>
    public static PeerGroupSpec Nearest(int? k = null)
    {
        if (k is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(k));
        }

        return new PeerGroupSpec(PeerGroupKind.Nearest, null, k);
    }

    /// <summary>Parses the CLI form, throwing on a malformed one.</summary>
    /// <exception cref="FormatException">When <paramref name="text"/> is not one of the <see cref="Forms"/>; the message lists them.</exception>
    public static PeerGroupSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw ExplainedException.Format(error);

    /// <summary>Tries to parse the CLI form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PeerGroupSpec? spec) =>
        TryParse(text, out spec, out _);

    /// <summary>Tries to parse the CLI form; on failure <paramref name="error"/> says why in Dutch and English and lists the forms.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PeerGroupSpec? spec, out LocalizedText error)
    {
        spec = null;
        error = LocalizedText.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var keyword = (colon < 0 ? trimmed : trimmed[..colon]).Trim();
        var argument = colon < 0 ? null : trimmed[(colon + 1)..].Trim();

        if (argument is null && keyword.Equals("group", StringComparison.OrdinalIgnoreCase))
        {
            error = Error(text, "group heeft een naam na een dubbele punt nodig, bijv. group:Leerkring Oost", "group needs a name after a colon, e.g. group:Leerkring Oost");
            return false;
        }

        if (argument is null)
        {
            spec = keyword.ToUpperInvariant() switch
            {
                "DEFAULT" => Default,
                "ALL" => All,
                "SIZE-CLASS" => BySizeClass,
                "SIZE-CLASS-EX-G4" => BySizeClassExcludingG4,
                "PROVINCE" => ByProvince,
                "NEAREST" => Nearest(),
                _ => null,
            };
        }
        else if (keyword.Equals("group", StringComparison.OrdinalIgnoreCase))
        {
            if (argument.Length == 0)
            {
                error = Error(text, "group: heeft een naam na de dubbele punt nodig, bijv. group:Leerkring Oost", "group: needs a name after the colon, e.g. group:Leerkring Oost");
                return false;
            }

            spec = Group(argument);
        }
        else if (keyword.Equals("nearest", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k < 1)
            {
                error = Error(text, "nearest:K heeft een geheel getal K van minstens 1 nodig, bijv. nearest:15", "nearest:K needs a whole number K of at least 1, e.g. nearest:15");
                return false;
            }

            spec = Nearest(k);
        }

        if (spec is null)
        {
            error = Error(text, "onbekende methode voor de vergelijkingsgroep", "unknown peer group method");
            return false;
        }

        return true;
    }

    /// <summary>The canonical CLI form, e.g. <c>size-class</c>, <c>group:Leerkring Oost</c> or <c>nearest:10</c>.</summary>
    public override string ToString() => Kind switch
    {
        PeerGroupKind.Default => "default",
        PeerGroupKind.All => "all",
        PeerGroupKind.SizeClass => "size-class",
        PeerGroupKind.SizeClassExcludingG4 => "size-class-ex-g4",
        PeerGroupKind.Province => "province",
        PeerGroupKind.Named => "group:" + GroupName,
        PeerGroupKind.Nearest => NearestCount is { } k ? "nearest:" + k.ToString(CultureInfo.InvariantCulture) : "nearest",
        _ => Kind.ToString(),
    };

    private static LocalizedText Error(string? text, string nl, string en) => new(
        $"'{text}' is geen vergelijkingsgroep: {nl}. Kies uit: {Forms}.",
        $"'{text}' is not a peer group: {en}. Expected one of: {Forms}.");
}
