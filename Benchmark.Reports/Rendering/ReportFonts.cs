using System.Reflection;
using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <summary>
/// The embedded report typefaces (DejaVu Sans and DejaVu Sans Bold, see <c>Fonts/README.md</c>), used for page text and,
/// through a ScottPlot font resolver, for chart text — no system font is needed.
/// </summary>
internal static class ReportFonts
{
    /// <summary>The family name charts ask ScottPlot for.</summary>
    public const string FamilyName = "Benchmark Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<bool> Registration = new(Register);

    /// <summary>The regular typeface.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>The bold typeface.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Makes ScottPlot resolve <see cref="FamilyName"/> (and its default font) to the embedded typefaces; idempotent and thread-safe.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    /// <summary>A font for page text: sub-pixel positioned and unhinted, so PDF glyph positions are exact.</summary>
    public static SKFont Font(bool bold, float size) => new(bold ? Bold : Regular, size)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
    };

    private static bool Register()
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        ScottPlot.Fonts.Default = FamilyName;
        ScottPlot.Fonts.Sans = FamilyName;
        return true;
    }

    private static SKTypeface Load(string file)
    {
        var name = "Benchmark.Reports.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from Benchmark.Reports.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {name} cannot be read.");
    }

    private sealed class EmbeddedFontResolver : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
            Matches(fontName) ? (weight >= ScottPlot.FontWeight.SemiBold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            Matches(fontName) ? (bold ? Bold : Regular) : null;

        private static bool Matches(string fontName) => string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase);
    }
}
