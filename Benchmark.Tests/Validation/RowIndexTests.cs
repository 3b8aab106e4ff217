using Benchmark.Municipalities;
using Benchmark.Validation.Checks;

namespace Benchmark.Tests.Validation;

public sealed class RowIndexTests
{
    private static readonly MunicipalityCode Cbs = new(363);
    private static readonly MunicipalityCode Extended = new(12_345);
    private static readonly MunicipalityCode Largest = new(MunicipalityCode.MaxNumber);

    [Test]
    public void Dense_CodesAboveFourDigits_HaveTheirOwnRows()
    {
        var index = new RowIndex(2020, 2024, MunicipalityCode.MaxNumber, 0);
        index.Add(Cbs, 2020, 0);
        index.Add(Extended, 2020, 1);
        index.Add(Largest, 2024, 2);
        index.Add(new MunicipalityCode(12_345 - 10_000), 2020, 3);

        Assert.That(index.IsDense, Is.True, "5 years × 100,000 codes fit the dense table");
        Assert.That(Rows(index, (Cbs, 2020), (Extended, 2020), (Largest, 2024), (new MunicipalityCode(2345), 2020)), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(Rows(index, (Extended, 2021), (Largest, 2020), (Cbs, 2019), (Extended, 2025)), Is.All.EqualTo(-1));
    }

    [Test]
    public void Dense_SizedByTheLargestCode_DoesNotConfuseYears()
    {
        // Codes up to 400 over 2 years: a table of 2 × 401 cells, in which code 0 of 2024 follows code 400 of 2023.
        var index = new RowIndex(2023, 2024, 400, 0);
        index.Add(new MunicipalityCode(400), 2023, 7);

        Assert.That(index.IsDense, Is.True);
        Assert.That(Rows(index, (new MunicipalityCode(400), 2023), (new MunicipalityCode(0), 2024), (new MunicipalityCode(400), 2024)), Is.EqualTo(new[] { 7, -1, -1 }));
        Assert.That(Rows(index, (new MunicipalityCode(401), 2023), (Extended, 2023)), Is.All.EqualTo(-1), "codes beyond the table have no row");
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Add(new MunicipalityCode(401), 2023, 8));
    }

    [Test]
    public void Sparse_ManyYearsOfExtendedCodes_UsesTheDictionaryAndKeepsKeysApart()
    {
        // 300 years × 100,000 codes is 30 million cells for 4 observations: the dictionary. Its key must hold 17 bits of
        // code: with 16, code 77,881 (12,345 + 65,536) in 2000 would share the key of code 12,345 in 2001.
        var index = new RowIndex(1800, 2099, MunicipalityCode.MaxNumber, 4);
        index.Add(Extended, 2000, 0);
        index.Add(new MunicipalityCode(12_345 + 65_536), 2000, 1);
        index.Add(Extended, 2001, 2);
        index.Add(Largest, 2099, 3);

        Assert.That(index.IsDense, Is.False);
        Assert.That(Rows(index, (Extended, 2000), (new MunicipalityCode(77_881), 2000), (Extended, 2001), (Largest, 2099)), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(Rows(index, (new MunicipalityCode(12_345 - 10_000), 2000), (Largest, 2098), (Cbs, 2000)), Is.All.EqualTo(-1));
    }

    [Test]
    public void Constructor_DenseOnlyWhenTheTableIsSmallOrAtMostACellPerObservation()
    {
        // 300 years × 401 codes = 120,300 cells: within the 2,000,000 cells every table may have.
        Assert.That(new RowIndex(1800, 2099, 400, 0).IsDense, Is.True);

        // 300 years × 10,000 codes = 3,000,000 cells: too many for 10 observations, not for 3,000,000.
        Assert.That(new RowIndex(1800, 2099, 9999, 10).IsDense, Is.False);
        Assert.That(new RowIndex(1800, 2099, 9999, 3_000_000).IsDense, Is.True);
    }

    private static int[] Rows(RowIndex index, params (MunicipalityCode Code, int Year)[] keys) =>
        [.. keys.Select(k => index.TryGet(k.Code, k.Year, out var row) ? row : -1)];
}
