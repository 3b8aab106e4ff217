using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>A usage problem found while running a command (unreadable reference file, unknown code): exit code 2, one line.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>A problem told in Dutch and English.</summary>
    public UsageException(LocalizedText text)
        : base(text.En) => Text = text;

    /// <summary>A problem told in Dutch and English.</summary>
    public UsageException(string nl, string en)
        : this(new LocalizedText(nl, en))
    {
    }

    /// <summary>A problem whose text is the same in both languages (a path and a system message).</summary>
    public UsageException(string message)
        : this(new LocalizedText(message, message))
    {
    }

    /// <summary>The problem in both languages.</summary>
    public LocalizedText Text { get; }

    /// <summary>The text of <paramref name="ex"/> in <paramref name="lang"/>: a usage problem in that language, any other as it is.</summary>
    public static string TextOf(Exception ex, OutputLanguage lang) =>
        (ex is UsageException u ? u.Text.Get(lang.ToLanguage()) : ex.Message).ReplaceLineEndings(" ");
}
