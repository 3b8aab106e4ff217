using Benchmark.Text;

namespace Benchmark.Store.Analysis;

/// <summary>
/// The data of an analysis cannot be used as asked: an unreadable input file, inputs without a usable value, an empty
/// store, an unknown municipality or year, an unusable groups file. The text says what to do, in Dutch and English;
/// <see cref="Exception.Message"/> is the English text.
/// </summary>
public sealed class AnalysisException : Exception
{
    /// <summary>A problem told in Dutch and English.</summary>
    /// <param name="text">The problem and what to do about it.</param>
    public AnalysisException(LocalizedText text)
        : base((text ?? throw new ArgumentNullException(nameof(text))).En) => Text = text;

    /// <summary>A problem told in Dutch and English.</summary>
    /// <param name="nl">The Dutch text.</param>
    /// <param name="en">The English text.</param>
    public AnalysisException(string nl, string en)
        : this(new LocalizedText(nl, en))
    {
    }

    /// <summary>The problem in both languages.</summary>
    public LocalizedText Text { get; }
}
