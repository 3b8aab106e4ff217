namespace Benchmark.Import.Detection;

/// <summary>Why a file cannot be read as CSV text.</summary>
internal enum UnreadableKind
{
    /// <summary>The file does not exist.</summary>
    NotFound,

    /// <summary>The file exists but cannot be opened (access denied, a directory, locked).</summary>
    CannotOpen,

    /// <summary>The file is empty, or holds only a byte order mark or blank lines.</summary>
    Empty,

    /// <summary>The file holds binary data (NUL bytes or many control characters): not a text file.</summary>
    Binary,

    /// <summary>The file is UTF-32, which is not supported.</summary>
    Utf32,

    /// <summary>Reading failed part-way (an I/O error).</summary>
    ReadError,

    /// <summary>A record grew beyond the record size limit, almost always a quote that is never closed.</summary>
    RecordTooLarge,

    /// <summary>A quoted field is never closed before the end of the file.</summary>
    UnterminatedQuote,

    /// <summary>A NUL byte in a text file (anywhere: reading stops at its line).</summary>
    NulByte,

    /// <summary>A header but no data rows (also when the lines are separated by U+2028 or NEL, which are no line breaks in CSV).</summary>
    NoRows,
}
