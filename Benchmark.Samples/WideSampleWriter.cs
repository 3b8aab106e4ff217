using System.Globalization;
using System.Text;

namespace Benchmark.Samples;

/// <summary>Writes one year of the wide sample: Dutch conventions (<c>;</c>, decimal comma, UTF-8 with BOM, CRLF).</summary>
internal static class WideSampleWriter
{
    private const char Separator = ';';
    private const string NewLine = "\r\n";

    /// <summary>The file name of the wide sample of <paramref name="year"/>.</summary>
    public static string FileName(int year) => "benchmark-" + year.ToString(CultureInfo.InvariantCulture) + ".csv";

    public static byte[] Write(int year, IEnumerable<(MunicipalityProfile Profile, YearFigures Figures)> rows, SampleOptions options)
    {
        var columns = WideColumn.All;
        var text = new StringBuilder();
        text.Append("gemeentecode;gemeentenaam;jaar");
        foreach (var column in columns)
        {
            text.Append(Separator).Append(CsvText.Field(column.Header, Separator));
        }

        text.Append(NewLine);
        foreach (var (profile, figures) in rows)
        {
            var municipality = profile.Municipality;
            var markers = MissingCells.Markers(municipality.Code.Number, year, options);
            text.Append(municipality.Code.ToString())
                .Append(Separator).Append(CsvText.Field(municipality.Name, Separator))
                .Append(Separator).Append(year.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < columns.Count; i++)
            {
                text.Append(Separator).Append(markers[i] ?? CsvText.Number(columns[i].Value(figures), columns[i].Decimals, CsvText.Dutch));
            }

            text.Append(NewLine);
        }

        return CsvText.Utf8(text.ToString(), byteOrderMark: true);
    }
}
