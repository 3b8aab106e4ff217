using System.Globalization;
using System.Text;
using Benchmark.Municipalities;

namespace Benchmark.Import;

/// <summary>
/// The built-in municipality reference: the 342 Dutch municipalities of the CBS 2024 division with province,
/// inhabitants on 1 January 2024 and area (CBS table 85984NED; see <c>samples/README.md</c> for provenance).
/// </summary>
public static class BuiltInMunicipalities
{
    private static readonly Lazy<MunicipalityRegistry> Lazy = new(Load);

    /// <summary>The built-in reference.</summary>
    public static MunicipalityRegistry Registry => Lazy.Value;

    private static MunicipalityRegistry Load()
    {
        using var stream = typeof(BuiltInMunicipalities).Assembly.GetManifestResourceStream("Benchmark.Import.municipalities.csv")
            ?? throw new InvalidOperationException("The built-in municipality reference is missing from Benchmark.Import.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var list = new List<Municipality>();
        _ = reader.ReadLine(); // header: gemeentecode;gemeentenaam;provincie;jaar;inwoners;oppervlakte_km2
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(';');
            var year = int.Parse(f[3], CultureInfo.InvariantCulture);
            list.Add(new Municipality(
                MunicipalityCode.Parse(f[0]),
                f[1],
                f[2],
                new Dictionary<int, long> { [year] = long.Parse(f[4], CultureInfo.InvariantCulture) },
                AreaKm2: double.Parse(f[5], NumberStyles.Float, nl)));
        }

        return new MunicipalityRegistry(list);
    }
}
