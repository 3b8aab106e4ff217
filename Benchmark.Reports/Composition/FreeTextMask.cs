using System.Text.RegularExpressions;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Keeps anonymised reports anonymous when they print text people wrote (explanations, agreed actions): every name or
/// code of a masked municipality becomes its label ("Gemeente B"), or "een andere gemeente" when it has none.
/// </summary>
internal static class FreeTextMask
{
    /// <summary>The text with masked municipalities' names and codes replaced; unchanged when the report is not anonymised.</summary>
    public static string Apply(string text, BenchmarkEngine engine, NameMask mask, Language w)
    {
        if (!mask.IsAnonymous)
        {
            return text;
        }

        foreach (var m in engine.Municipalities.All.OrderByDescending(m => m.Name.Length))
        {
            var shown = mask.Name(m.Code);
            if (shown == m.Name)
            {
                continue;
            }

            var replacement = shown.EndsWith('?') ? w.Pick("een andere gemeente", "another municipality") : shown;
            // Names as written (capitalised: "Best" the municipality, not "best"); codes in any case.
            foreach (var (word, options) in new[] { (m.Name, RegexOptions.CultureInvariant), (m.Code.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) })
            {
                text = Regex.Replace(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", replacement.Replace("$", "$$", StringComparison.Ordinal), options);
            }
        }

        return text;
    }
}
