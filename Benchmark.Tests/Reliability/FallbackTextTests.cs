using Benchmark.Reports.Rendering;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: names in scripts the embedded font lacks are drawn in a system font that has them.</summary>
public sealed class FallbackTextTests
{
    [Test]
    public void Measure_CjkText_UsesASystemFontWhenOneHasTheGlyphs()
    {
        using var font = ReportFonts.Font(bold: false, 10);
        using var probe = new SkiaSharp.SKFont(SkiaSharp.SKTypeface.Default, 10);
        if (!File.Exists("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf") && !Directory.Exists("/usr/share/fonts/opentype/noto"))
        {
            Assert.Ignore("No system font with CJK glyphs here.");
        }

        // Before: the embedded font's missing-glyph boxes (the name vanished from the PDF text). Now: a system font's glyphs.
        Assert.That(font.ContainsGlyphs("東京"), Is.False, "DejaVu Sans has no CJK glyphs");
        Assert.That(FallbackText.Measure(font, "東京"), Is.Not.EqualTo(font.MeasureText("東京")));
        Assert.That(FallbackText.Measure(font, "Zwolle"), Is.EqualTo(font.MeasureText("Zwolle")), "covered text is measured as before");
    }
}
