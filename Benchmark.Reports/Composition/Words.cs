using System.Globalization;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>Picks the Dutch or English text and formats with the language's culture.</summary>
internal sealed class Words(Language language)
{
    public Language Language { get; } = language;

    public CultureInfo Culture { get; } = LocalizedText.CultureOf(language);

    public bool IsDutch => Language == Language.Dutch;

    public string T(string nl, string en) => IsDutch ? nl : en;

    public string F(string nl, string en, params object?[] args) => string.Format(Culture, T(nl, en), args);

    public string T(LocalizedText text) => text.Get(Language);

    public string Date(DateTimeOffset time) => time.ToString(IsDutch ? "d MMMM yyyy" : "d MMMM yyyy", Culture);

    public string Integer(int n) => n.ToString("N0", Culture);
}
