using Benchmark.Store;
using Benchmark.Import.Reading;
using Benchmark.Validation;

namespace Benchmark.Tests.Store;

/// <summary>Export number notation and finding the text of rows in a file.</summary>
public sealed class StoreExportTests
{
    [TestCase(1e21, "1000000000000000000000")]
    [TestCase(1.5e-7, "0.00000015")]
    [TestCase(-2.25e-5, "-0.0000225")]
    [TestCase(123456789012345678.0, "123456789012345680")]
    [TestCase(8.37, "8.37")]
    [TestCase(243768, "243768")]
    [TestCase(-0.5, "-0.5")]
    public void Number_AnyDouble_IsPlainInvariantNotation(double value, string expected) =>
        Assert.That(StoreExport.Number(value), Is.EqualTo(expected));

    [Test]
    public void Number_SeededRandomDoubles_RoundTripWithoutExponent()
    {
        var random = new Random(20250301);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 22));
            var text = StoreExport.Number(value);

            Assert.That(text, Does.Not.Contain("E"));
            Assert.That(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(value));
        }
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public void SourceText_Record_IsTheRowAsWrittenAcrossQuotedLineBreaks(string eol)
    {
        var text = string.Join(eol, "gemeentecode;naam;jaar", "GM0014;\"a" + eol + eol + "b\";2024", string.Empty, ";;", "GM0034;\"x;\"\"y\"\"\";2024", string.Empty);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);

        var source = SourceRecords.Read(bytes, new FileFormatInfo("utf-8", ';', ',', "wide"), 1_000_000);

        Assert.That(source.HeaderLine, Is.EqualTo(1));
        Assert.That(source.Record(2), Is.EqualTo((3, "GM0014;\"a" + eol + eol + "b\";2024")));
        Assert.That(source.Record(7), Is.EqualTo((1, "GM0034;\"x;\"\"y\"\"\";2024")));
        Assert.That(source.DataRecordLines, Is.EqualTo(new[] { 2, 6, 7 }));
    }

    [Test]
    public void SourceText_Windows1252WithBomlessBytes_DecodesAsTheImporterDid()
    {
        var bytes = Benchmark.Tests.Store.StoreFiles.Windows1252.GetBytes("code;naam\nGM0014;Café €\n");

        var source = SourceRecords.Read(bytes, new FileFormatInfo("windows-1252", ';', ',', "wide"), 1_000_000);

        Assert.That(source.Record(2), Is.EqualTo((1, "GM0014;Café €")));
    }
}
