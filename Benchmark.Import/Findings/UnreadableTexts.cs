using Benchmark.Import.Detection;
using Benchmark.Text;

namespace Benchmark.Import.Findings;

/// <summary>The message and hint of a <c>file.unreadable</c> finding, per reason.</summary>
internal static class UnreadableTexts
{
    public static (LocalizedText Message, LocalizedText Hint) For(UnreadableKind kind, int line, string? detail, int maxRecordSize) => kind switch
    {
        UnreadableKind.NotFound => (
            new("Het bestand bestaat niet.", "The file does not exist."),
            new("Controleer de naam en de map van het bestand.", "Check the name and folder of the file.")),
        UnreadableKind.CannotOpen => (
            LocalizedText.Format("Het bestand kan niet worden geopend ({0}).", "The file cannot be opened ({0}).", detail ?? "?"),
            new(
                "Controleer of het een bestand is (geen map), of u het mag lezen en of het niet in een ander programma is geopend.",
                "Check that it is a file (not a folder), that you may read it and that no other program has it open.")),
        UnreadableKind.Empty => (
            new("Het bestand is leeg.", "The file is empty."),
            new("Exporteer het bestand opnieuw, met een kopregel en gegevens.", "Export the file again, with a header line and data.")),
        UnreadableKind.Binary => (
            new("Het bestand is geen tekstbestand (CSV) maar bevat binaire gegevens, bijvoorbeeld een Excel-werkmap.", "The file is not a text (CSV) file but holds binary data, such as an Excel workbook."),
            new("Sla het in Excel op als 'CSV UTF-8' of 'CSV (gescheiden door lijstscheidingsteken)'.", "Save it from Excel as 'CSV UTF-8' or 'CSV (comma delimited)'.")),
        UnreadableKind.Utf32 => (
            new("Het bestand is in UTF-32 gecodeerd; dat wordt niet ondersteund.", "The file is encoded in UTF-32, which is not supported."),
            new("Sla het op als UTF-8.", "Save it as UTF-8.")),
        UnreadableKind.RecordTooLarge => (
            LocalizedText.Format(
                "Het record dat op regel {0} begint is langer dan {1} bytes, meestal doordat een aanhalingsteken (\") niet wordt gesloten. De rest van het bestand vanaf regel {0} is niet gelezen.",
                "The record starting on line {0} is longer than {1} bytes, usually because a quote (\") is never closed. The rest of the file from line {0} was not read.",
                line, maxRecordSize),
            LocalizedText.Format(
                "Zoek op of vlak na regel {0} het aanhalingsteken dat niet wordt gesloten; een aanhalingsteken binnen een waarde schrijft u dubbel (\"\").",
                "Look on or just after line {0} for the quote that is never closed; a quote inside a value is written twice (\"\").",
                line)),
        UnreadableKind.UnterminatedQuote => (
            LocalizedText.Format(
                "Op regel {0} opent een aanhalingsteken (\") dat nergens wordt gesloten. De rest van het bestand vanaf regel {0} is niet gelezen.",
                "A quote (\") opened on line {0} is never closed. The rest of the file from line {0} was not read.",
                line),
            LocalizedText.Format(
                "Sluit of verwijder het aanhalingsteken op regel {0}; een aanhalingsteken binnen een waarde schrijft u dubbel (\"\").",
                "Close or remove the quote on line {0}; a quote inside a value is written twice (\"\").",
                line)),
        UnreadableKind.NulByte => (
            LocalizedText.Format(
                "Regel {0} bevat een NUL-teken (code 0), dat in geen tekstbestand hoort: het bestand is waarschijnlijk beschadigd. De rest van het bestand vanaf regel {0} is niet gelezen.",
                "Line {0} holds a NUL character (code 0), which belongs in no text file: the file is probably damaged. The rest of the file from line {0} was not read.",
                line),
            LocalizedText.Format(
                "Exporteer het bestand opnieuw, of verwijder het teken op regel {0} in een teksteditor.",
                "Export the file again, or delete the character on line {0} in a text editor.",
                line)),
        UnreadableKind.NoRows when detail is not null => (
            LocalizedText.Format(
                "Het bestand heeft geen gegevensrijen: de regels zijn gescheiden door {0} in plaats van regeleinden, zodat alles één kopregel is.",
                "The file has no data rows: its lines are separated by {0} instead of line breaks, so everything is one header line.",
                detail),
            new("Sla het bestand op met gewone regeleinden (CR LF of LF).", "Save the file with ordinary line breaks (CR LF or LF).")),
        UnreadableKind.NoRows => (
            new("Het bestand heeft een kopregel maar geen gegevensrijen.", "The file has a header line but no data rows."),
            new("Exporteer het bestand opnieuw, met de gegevens onder de kopregel.", "Export the file again, with the data below the header line.")),
        _ => (
            LocalizedText.Format(
                "Het lezen van het bestand is mislukt vanaf regel {0} ({1}). De rest van het bestand is niet gelezen.",
                "Reading the file failed from line {0} ({1}). The rest of the file was not read.",
                line, detail ?? "?"),
            new("Probeer het opnieuw; kopieer het bestand zo nodig eerst naar een lokale schijf.", "Try again; if needed, copy the file to a local disk first.")),
    };
}
