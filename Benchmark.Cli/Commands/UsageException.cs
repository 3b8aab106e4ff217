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

    /// <summary>
    /// The text of <paramref name="ex"/> in <paramref name="lang"/>: a usage problem, a library problem told in both
    /// languages (<see cref="ExplainedException"/>) or an unwritable output file in that language; a missing or unreadable input file in words; any other system message after a sentence in that language.
    /// </summary>
    public static string TextOf(Exception ex, Language lang) => (ex switch
    {
        UsageException u => u.Text,
        Store.Analysis.AnalysisException a => a.Text,
        _ when ExplainedException.TextOf(ex) is { } told => told,
        Infrastructure.OutputFileException o => o.Text,
        FileNotFoundException => new LocalizedText("bestand niet gevonden; controleer de naam en de map", "file not found; check the name and the folder"),
        DirectoryNotFoundException => new LocalizedText("de map bestaat niet; controleer het pad", "the folder does not exist; check the path"),
        UnauthorizedAccessException => new LocalizedText("geen toegang; controleer de rechten", "access denied; check the permissions"),
        _ => new LocalizedText($"het systeem meldt: {ex.Message}", ex.Message),
    }).Get(lang).ReplaceLineEndings(" ");
}
