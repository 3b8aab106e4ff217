using Benchmark.Municipalities;
using Benchmark.Survey;

namespace Benchmark.Import.Survey;

/// <summary>
/// Reads a respondent file of an experience survey: one row per answer.
/// </summary>
/// <remarks>
/// <para>Format (separator and encoding detected as for groups files):</para>
/// <code>
/// respondent;gemeentecode;jaar;onderzoek;vragenlijstversie;afdeling;item;antwoord
/// R3F9A21C;GM0193;2024;mto;2024.1;Publiekszaken;M01;4
/// </code>
/// <para>
/// <c>onderzoek</c> is <c>mto</c> (employees) or <c>ktv</c> (internal customers); <c>afdeling</c> is optional; an
/// answer the catalogue lists as "no answer" (<c>weet niet</c>, empty, …) is missing, never a score. Bad data never
/// throws: each problem is a finding with line and column that never repeats a respondent id or an answer.
/// </para>
/// </remarks>
public static class SurveyFileReader
{
    /// <summary>Reads the respondent file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The item catalogue; <see langword="null"/> for <see cref="SurveyCatalog.Default"/>.</param>
    /// <param name="municipalities">The municipality reference; <see langword="null"/> for the built-in one.</param>
    /// <param name="delivered">
    /// The municipality × year pairs of the yearly delivery: answers of other municipalities or years are rejected.
    /// <see langword="null"/> to check against the reference only.
    /// </param>
    /// <param name="name">The file name to put in findings; <paramref name="path"/> when <see langword="null"/>.</param>
    public static SurveyReadResult Read(
        string path, SurveyCatalog? catalog = null, MunicipalityRegistry? municipalities = null, IReadOnlySet<(MunicipalityCode, int)>? delivered = null, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return SurveyFileParser.Unreadable(name ?? path, e.Message);
        }

        return Read(bytes, name ?? path, catalog, municipalities, delivered);
    }

    /// <summary>Reads a respondent file from its bytes.</summary>
    public static SurveyReadResult Read(
        byte[] bytes, string name, SurveyCatalog? catalog = null, MunicipalityRegistry? municipalities = null, IReadOnlySet<(MunicipalityCode, int)>? delivered = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parser = new SurveyFileParser(name, catalog ?? SurveyCatalog.Default, municipalities ?? BuiltInMunicipalities.Registry, delivered);
        if (!Workbooks.WorkbookImporter.IsWorkbookName(name))
        {
            return parser.Parse(bytes);
        }

        // A workbook (.xlsx): its first visible sheet read as text with the sheet's row numbers, the same rules as a
        // CSV file; findings name the cell (Blad1!H17).
        var sheet = Workbooks.WorkbookImporter.AsText(new MemoryStream(bytes, writable: false), name, ImportOptions.Default);
        if (sheet.Rejected is { } rejected)
        {
            return new SurveyReadResult([], rejected);
        }

        var read = parser.Parse(System.Text.Encoding.UTF8.GetBytes(sheet.Text!));
        var format = (read.Report.Format ?? new Validation.FileFormatInfo("xlsx", ';', ',', "respondents")) with { Encoding = "xlsx", Sheet = sheet.Name, Headers = sheet.Headers };
        return read with { Report = Workbooks.WorkbookCells.Locate(read.Report with { Findings = [.. sheet.Findings.Concat(read.Report.Findings)], Format = format }) };
    }

    /// <summary>The municipality × year pairs with yearly data (the delivery) in <paramref name="data"/>.</summary>
    public static IReadOnlySet<(MunicipalityCode, int)> Delivery(Data.Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Observations.Select(o => (o.Municipality, o.Year)).ToHashSet();
    }
}
