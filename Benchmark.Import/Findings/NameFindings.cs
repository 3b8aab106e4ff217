using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Findings;

/// <summary>Findings about a name as text (rule <c>reference.name-mismatch</c>, a warning): invalid characters, excessive length.</summary>
internal static class NameFindings
{
    /// <summary>The longest name kept as written; longer names are shortened (reports, tables and files stay legible).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The shown start of a long name in a message.</summary>
    private const int Shown = 40;

    /// <summary>
    /// The name as kept: invalid code points replaced by U+FFFD, longer than <see cref="MaxNameLength"/> shortened with
    /// an ellipsis; with a finding at the line and column for each repair.
    /// </summary>
    public static string Checked(string name, FindingSink sink, int line, string column, int columnOrder)
    {
        var kept = name;
        var invalid = UnicodeText.FirstDamaged(name);
        if (invalid >= 0)
        {
            sink.Add(InvalidCharacters(sink.File, line, column, name, invalid), columnOrder);
            kept = UnicodeText.Repair(kept);
        }

        if (kept.Length > MaxNameLength)
        {
            sink.Add(TooLong(sink.File, line, column, kept), columnOrder);
            kept = string.Concat(kept.AsSpan(0, MaxNameLength - 1), "…");
        }

        return kept;
    }

    public static Finding InvalidCharacters(string file, int line, string column, string value, int position) => new(
        Severity.Warning, Rules.NameMismatch, file, line, column, UnicodeText.Repair(value),
        LocalizedText.Format(
            "De naam bevat op positie {0} het teken {1}: geen geldige Unicode-tekst of onleesbare bytes in het bestand; getoond als �.",
            "The name has the character {1} at position {0}: not valid Unicode text, or bytes of the file that could not be read; shown as �.",
            position + 1, UnicodeText.Describe(value, position)),
        new LocalizedText(
            "Sla het bestand op als UTF-8 vanuit het bronprogramma, of verwijder het teken.",
            "Save the file as UTF-8 from the program it came from, or delete the character."));

    public static Finding TooLong(string file, int line, string column, string value) => new(
        Severity.Warning, Rules.NameMismatch, file, line, column, value,
        LocalizedText.Format(
            "De naam is {0} tekens lang (meer dan {1}): '{2}…'; hij is ingekort tot {1} tekens.",
            "The name is {0} characters long (more than {1}): '{2}…'; it was shortened to {1} characters.",
            value.Length, MaxNameLength, value[..Shown]),
        new LocalizedText("Controleer de kolom: staat er een andere tekst in dan de naam?", "Check the column: does it hold a text other than the name?"));
}
