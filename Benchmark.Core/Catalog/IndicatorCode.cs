using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Benchmark.Text;

namespace Benchmark.Catalog;

/// <summary>
/// The stable code of an indicator in the catalogue, for example <c>overhead_pct</c>: lower-case ASCII letters, digits
/// and underscores, starting with a letter, at most <see cref="MaxLength"/> characters.
/// </summary>
/// <remarks>
/// Parsing ignores white space around the code and upper case (<c>Overhead_PCT</c> is <c>overhead_pct</c>), as
/// <see cref="Municipalities.MunicipalityCode"/> does for <c>gm0363</c>; the value is always the canonical lower-case
/// form. Codes compare ordinally. A code converts implicitly to its text, so it can be passed where a code is looked
/// up as a string; the other way round, from text, always goes through <see cref="Parse"/> or <see cref="TryParse(string?, out IndicatorCode)"/>.
/// Whether the catalogue knows a code is a separate question (<see cref="IndicatorCatalog.Get(IndicatorCode)"/>). In JSON
/// a code is a string.
/// </remarks>
[JsonConverter(typeof(IndicatorCodeJsonConverter))]
public readonly record struct IndicatorCode : IComparable<IndicatorCode>
{
    /// <summary>The longest code.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private IndicatorCode(string value) => _value = value;

    /// <summary>The canonical lower-case code; empty for <see langword="default"/>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a code, throwing on a malformed one. Use <see cref="TryParse(string?, out IndicatorCode, out LocalizedText)"/> for data.</summary>
    /// <exception cref="FormatException">When <paramref name="text"/> is not an indicator code; the message (English) says what is expected.</exception>
    public static IndicatorCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error.En);

    /// <summary>Tries to parse an indicator code (see <see cref="IndicatorCode"/> for the rules).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorCode code) => TryParse(text, out code, out _);

    /// <summary>Tries to parse an indicator code; on failure <paramref name="error"/> says in Dutch and English what is expected.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndicatorCode code, out LocalizedText error)
    {
        code = default;
        error = LocalizedText.Empty;
        var span = text.AsSpan().Trim();
        var valid = span.Length is > 0 and <= MaxLength && char.IsAsciiLetter(span[0]);
        foreach (var c in span)
        {
            valid &= char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        if (!valid)
        {
            error = LocalizedText.Format(
                "'{0}' is geen indicatorcode; verwacht kleine letters, cijfers en liggende streepjes, beginnend met een letter, zoals overhead_pct.",
                "'{0}' is not an indicator code; expected lower-case letters, digits and underscores, starting with a letter, e.g. overhead_pct.",
                text);
            return false;
        }

        code = new IndicatorCode(span.ToString().ToLowerInvariant());
        return true;
    }

    /// <summary>The code's text.</summary>
    public static implicit operator string(IndicatorCode code) => code.Value;

    /// <inheritdoc />
    public int CompareTo(IndicatorCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    public static bool operator <(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    public static bool operator >(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (ordinal).</summary>
    public static bool operator <=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (ordinal).</summary>
    public static bool operator >=(IndicatorCode left, IndicatorCode right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical lower-case code, e.g. <c>overhead_pct</c>.</summary>
    public override string ToString() => Value;
}
