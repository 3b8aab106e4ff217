using Benchmark.Municipalities;

namespace Benchmark.Import.Groups;

/// <summary>
/// Reads a groups file: named groups of municipalities such as learning circles, one row per member.
/// </summary>
/// <remarks>
/// <para>Format: a header and one row per member, for example</para>
/// <code>
/// groep;gemeentecode
/// Leerkring Oost;GM0153
/// Leerkring Oost;GM0193
/// </code>
/// <para>
/// The separator (<c>;</c>, <c>,</c> or tab) is detected; the text is UTF-8 with or without BOM (Windows-1252 when it is
/// not valid UTF-8). The group column may be called <c>groep</c>, <c>group</c>, <c>leerkring</c> or <c>naam</c>; the code
/// column <c>gemeentecode</c>, <c>code</c>, <c>gm-code</c> or <c>cbs-code</c> (case, spaces and punctuation ignored).
/// An optional <c>gemeentenaam</c> column is checked against the code. Other columns are ignored with a warning.
/// Codes may be written <c>GM0363</c>, <c>0363</c> or <c>363</c> (an extended code <c>GM12345</c> or <c>12345</c>).
/// Rows in which every field is empty are skipped like empty lines.
/// </para>
/// <para>
/// Bad data never throws: a malformed code, a code the reference does not know, a missing group name or a wrong
/// field count rejects that row with a finding (line, column, value, Dutch and English message and hint); the other
/// rows still count. A repeated member is kept once with a warning; a group name's spelling is that of its first row.
/// </para>
/// </remarks>
public static class GroupFileReader
{
    /// <summary>Reads the groups file at <paramref name="path"/>; a file that cannot be opened gives a <c>file.unreadable</c> finding.</summary>
    /// <param name="path">The file.</param>
    /// <param name="municipalities">The reference codes are checked against; <see langword="null"/> for the built-in one.</param>
    public static GroupFileResult Read(string path, MunicipalityRegistry? municipalities = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return GroupFileParser.Unreadable(path, e.Message);
        }

        return new GroupFileParser(path, municipalities ?? BuiltInMunicipalities.Registry).Parse(bytes);
    }

    /// <summary>Reads a groups file from <paramref name="stream"/> (from its current position to the end).</summary>
    /// <param name="stream">The content.</param>
    /// <param name="name">The file name to put in findings, as the user would recognise it.</param>
    /// <param name="municipalities">The reference codes are checked against; <see langword="null"/> for the built-in one.</param>
    public static GroupFileResult Read(Stream stream, string name, MunicipalityRegistry? municipalities = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new GroupFileParser(name, municipalities ?? BuiltInMunicipalities.Registry).Parse(buffer.ToArray());
    }
}
