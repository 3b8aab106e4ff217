using System.Globalization;

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
        var text = CsvText.Records(Separator, NewLine, csv =>
        {
            csv.WriteField("gemeentecode");
            csv.WriteField("gemeentenaam");
            csv.WriteField("jaar");
            foreach (var column in columns)
            {
                csv.WriteField(column.Header);
            }

            csv.EndRecord();
            foreach (var (profile, figures) in rows)
            {
                var municipality = profile.Municipality;
                var markers = MissingCells.Markers(municipality.Code.Number, year, options);
                csv.WriteField(municipality.Code.ToString());
                csv.WriteField(municipality.Name);
                csv.WriteField(year.ToString(CultureInfo.InvariantCulture));
                for (var i = 0; i < columns.Count; i++)
                {
                    csv.WriteField(markers[i] ?? CsvText.Number(columns[i].Value(figures), columns[i].Decimals, CsvText.Dutch));
                }

                csv.EndRecord();
            }
        });

        return CsvText.Utf8(text, byteOrderMark: true);
    }
}
