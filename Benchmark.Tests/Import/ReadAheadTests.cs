using System.Text;
using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Samples.Scale;

namespace Benchmark.Tests.Import;

/// <summary>A large seekable file is parsed ahead on another thread; what it reads must not change.</summary>
public sealed class ReadAheadTests
{
    [Test]
    public void Import_LargeFile_ReadAheadGivesTheSameDatasetAndFindingsAsReadingInline()
    {
        // A seeded 2 MiB long file (over the read-ahead threshold) with problems sprinkled in: a bad code, a bad year,
        // a wrong field count, a blank row, a value in the other decimal convention, one that is not a number, a quoted
        // plain number (read like an unquoted one) and a quoted unknown indicator name over two lines.
        using var generated = new MemoryStream();
        ScaleGenerator.WriteData(generated, new ScaleOptions { Units = 200, Years = 10, Indicators = 40, Seed = 5 });
        var lines = Encoding.UTF8.GetString(generated.ToArray()).Split('\n').ToList();
        lines.Insert(1000, "GM99X9;2020;syn_01;1,5");
        lines.Insert(5000, "GM0001;1800;syn_02;2,5");
        lines.Insert(20000, "GM0002;2021;syn_03");
        lines.Insert(30000, ";;;");
        lines.Insert(40000, "GM0003;2022;syn_04;1.5");
        lines.Insert(60000, "GM0004;2023;syn_05;abc");
        lines.Insert(65000, "GM0005;2024;syn_06;\"7,25\"");
        lines.Insert(70000, "GM0006;2024;\"onbe\nkend\";1,5");
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        Assert.That(bytes.Length, Is.GreaterThan(Benchmark.Import.Reading.CsvFileSession.ReadAheadFrom));
        var options = Options(new ScaleOptions { Units = 200, Years = 10, Indicators = 40, Seed = 5 });

        ImportResult ahead;
        using (var seekable = new MemoryStream(bytes))
        {
            ahead = CsvImporter.Import(seekable, "big.csv", options);
        }

        ImportResult inline;
        using (var unseekable = new NonSeekableStream(bytes))
        {
            inline = CsvImporter.Import(unseekable, "big.csv", options);
        }

        Assert.That(ahead.Dataset.Count, Is.EqualTo(inline.Dataset.Count).And.GreaterThan(79_000));
        Assert.That(ahead.Dataset.Observations, Is.EqualTo(inline.Dataset.Observations));
        Assert.That(ahead.Files[0].Findings, Is.EqualTo(inline.Files[0].Findings));
        Assert.That(ahead.Files[0].Findings.Select(f => f.Line), Is.EqualTo(new[] { 1001, 5001, 20001, 40001, 60001, 70001 }));
        Assert.That(ahead.Files[0].Findings.Select(f => f.Value), Is.EqualTo(new[] { "GM99X9", "1800", null, "1.5", "abc", "onbe\nkend" }), "values quoted as written");
        Assert.That(
            ahead.Dataset.Observations.Count(o => o.Indicator == "syn_06" && o.Year == 2024 && o.Municipality.Number == 5 && o.Value == 7.25 && o.Source.Line == 65001),
            Is.EqualTo(1),
            "the quoted number is read like an unquoted one");
        Assert.That((ahead.Files[0].RowsRead, ahead.Files[0].RowsRejected), Is.EqualTo((inline.Files[0].RowsRead, inline.Files[0].RowsRejected)));
    }

    private static ImportOptions Options(ScaleOptions scale)
    {
        using var catalog = new MemoryStream();
        ScaleGenerator.WriteCatalog(catalog, scale);
        catalog.Position = 0;
        var options = ImportOptions.Default with { Catalog = IndicatorCatalog.Default.Merge(IndicatorCatalog.Load(catalog)) };
        using var reference = new MemoryStream();
        ScaleGenerator.WriteMunicipalities(reference, scale);
        reference.Position = 0;
        return options with { Municipalities = options.Municipalities.Merge(MunicipalityFileReader.Read(reference, "m.csv", options).Registry) };
    }
}
