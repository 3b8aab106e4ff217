using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Tests.PeerGroups;

/// <summary>Small, hand-made references and datasets for the peer group tests (no sample files).</summary>
internal static class PeerTestData
{
    public const int Year = 2023;

    public static MunicipalityCode C(int number) => new(number);

    public static Municipality M(
        int code,
        long inhabitants,
        string province = "Utrecht",
        string? name = null,
        int? validFrom = null,
        int? validTo = null,
        double? area = null) =>
        new(C(code), name ?? $"Gemeente {code}", province, new Dictionary<int, long> { [Year] = inhabitants }, validFrom, validTo, area);

    public static MunicipalityRegistry Registry(params Municipality[] municipalities) => new(municipalities);

    /// <summary>One non-missing <c>overhead_pct</c> per municipality in <paramref name="year"/>: enough to be in the universe.</summary>
    public static DatasetBuilder WithData(this DatasetBuilder builder, int year, IEnumerable<Municipality> municipalities)
    {
        foreach (var m in municipalities)
        {
            builder.Add(m.Code, year, "overhead_pct", 10.0);
        }

        return builder;
    }

    public static Dataset DataFor(int year, IEnumerable<Municipality> municipalities) =>
        new DatasetBuilder().WithData(year, municipalities).Build();

    public static IEnumerable<string> Codes(IEnumerable<MunicipalityCode> codes) => codes.Select(c => c.ToString());
}
