using Benchmark.Reports.Model;
using Benchmark.Web.Shell;

namespace Benchmark.Web.Charts;

/// <summary>What a colour (<see cref="Tone"/>) means, in words: so a coloured cell never says it by colour alone.</summary>
internal static class ToneText
{
    /// <summary>The CSS class suffix of <paramref name="tone"/> (<c>best</c>, <c>worst</c>, <c>low</c>, …).</summary>
    public static string Css(Tone tone) => tone.ToString().ToLowerInvariant();

    /// <summary>The words of <paramref name="tone"/> in the reader's language; empty for <see cref="Tone.None"/>.</summary>
    public static string Words(Tone tone, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return tone switch
        {
            Tone.Best => ui.T("beste kwart", "best quarter"),
            Tone.Good => ui.T("2e kwart", "2nd quarter"),
            Tone.Weak => ui.T("3e kwart", "3rd quarter"),
            Tone.Worst => ui.T("minst gunstige kwart", "least favourable quarter"),
            Tone.Low => ui.T("laagste kwart", "lowest quarter"),
            Tone.MidLow => ui.T("2e kwart van onder", "2nd quarter from below"),
            Tone.MidHigh => ui.T("3e kwart van onder", "3rd quarter from below"),
            Tone.High => ui.T("hoogste kwart", "highest quarter"),
            _ => string.Empty,
        };
    }
}
