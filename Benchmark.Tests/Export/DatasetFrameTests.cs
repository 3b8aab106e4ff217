using Benchmark.Data;
using Benchmark.Export;
using Benchmark.Municipalities;
using Microsoft.Data.Analysis;
using static Benchmark.Tests.Export.ExportTestData;

namespace Benchmark.Tests.Export;

public sealed class DatasetFrameTests
{
    [Test]
    public void ToDataFrame_Dataset_HasTheDocumentedColumnsWithExplicitTypes()
    {
        var frame = SmallEngine().Data.ToDataFrame();

        Assert.That(Names(frame), Is.EqualTo(new[] { "municipality", "year", "indicator", "value", "file", "line", "column" }));
        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns["municipality"], Is.TypeOf<StringDataFrameColumn>());
            Assert.That(frame.Columns["year"], Is.TypeOf<Int32DataFrameColumn>());
            Assert.That(frame.Columns["indicator"], Is.TypeOf<StringDataFrameColumn>());
            Assert.That(frame.Columns["value"], Is.TypeOf<DoubleDataFrameColumn>());
            Assert.That(frame.Columns["value"].DataType, Is.EqualTo(typeof(double)), "never float/Single");
            Assert.That(frame.Columns["file"], Is.TypeOf<StringDataFrameColumn>());
            Assert.That(frame.Columns["line"], Is.TypeOf<Int32DataFrameColumn>());
            Assert.That(frame.Columns["column"], Is.TypeOf<StringDataFrameColumn>());
        });
    }

    [Test]
    public void ToDataFrame_Samples_OneRowPerObservationEqualToTheRecords()
    {
        var dataset = SampleEngine.Data;

        var frame = dataset.ToDataFrame();

        Assert.That(frame.Rows, Has.Count.EqualTo(dataset.Count));
        var (municipality, year, indicator, value) = (Cells(frame, "municipality"), Cells(frame, "year"), Cells(frame, "indicator"), Cells(frame, "value"));
        var (file, line, column) = (Cells(frame, "file"), Cells(frame, "line"), Cells(frame, "column"));
        var mismatches = new List<string>();
        for (var i = 0; i < dataset.Count; i++)
        {
            var o = dataset[i];
            var source = o.Source;
            if (!Equals(municipality[i], o.Municipality.ToString()) || !Equals(year[i], o.Year) || !Equals(indicator[i], o.Indicator) ||
                !Equals(value[i], Expected(o.Value)) || !Equals(file[i], source.File) ||
                !Equals(line[i], source.Line > 0 ? source.Line : null) || !Equals(column[i], source.Column))
            {
                mismatches.Add($"row {i}: {o}");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void ToDataFrame_Samples_ZwolleOverhead2024IsTheValueReadFromTheFile()
    {
        // samples/benchmark-2024.csv, the GM0193 Zwolle row: the value the engine holds for overhead_pct in 2024.
        var dataset = SampleEngine.Data;
        var expected = dataset.ValueOrNaN(Zwolle, Year, "overhead_pct");

        var frame = dataset.ToDataFrame();
        var rows = frame.Filter(((StringDataFrameColumn)frame["municipality"]).ElementwiseEquals("GM0193"));
        rows = rows.Filter(((Int32DataFrameColumn)rows["year"]).ElementwiseEquals(Year));
        rows = rows.Filter(((StringDataFrameColumn)rows["indicator"]).ElementwiseEquals("overhead_pct"));

        Assert.That(rows.Rows, Has.Count.EqualTo(1));
        Assert.That(rows["value"][0], Is.EqualTo(expected));
        Assert.That(expected, Is.InRange(0.0, 100.0), "a percentage");
        Assert.That(rows["file"][0] as string, Does.EndWith("benchmark-2024.csv"));
    }

    [Test]
    public void ToDataFrame_MissingValue_IsNullNotNaN()
    {
        var frame = SmallEngine().Data.ToDataFrame();
        var value = (DoubleDataFrameColumn)frame["value"];
        var gapRow = Enumerable.Range(0, (int)frame.Rows.Count)
            .Single(i => Equals(frame["municipality"][i], Gap.ToString()) && Equals(frame["year"][i], 2024));

        Assert.That(value[gapRow], Is.Null);
        Assert.That(value.NullCount, Is.EqualTo(1));
        Assert.That(value.Cast<double?>().Any(v => v is { } d && double.IsNaN(d)), Is.False, "no NaN left in the frame");
    }

    [Test]
    public void ToDataFrame_MissingValue_IsLeftOutOfTheFramesMean()
    {
        // 2024: municipalities 1, 2, 4, 5, 6 have 9 + code = 10, 11, 13, 14, 15 (mean 12.6); 3 is missing.
        var frame = SmallEngine().Data.ToDataFrame();
        var in2024 = frame.Filter(((Int32DataFrameColumn)frame["year"]).ElementwiseEquals(2024));

        Assert.That(((DoubleDataFrameColumn)in2024["value"]).Mean(), Is.EqualTo(12.6).Within(1e-12));
    }

    [Test]
    public void ToDataFrame_ComputedValue_HasNoSource()
    {
        var dataset = new DatasetBuilder().Add(new MunicipalityCode(193), 2024, "overhead_pct", 9.5).Build();

        var frame = dataset.ToDataFrame();

        Assert.That(frame.Rows, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(frame["value"][0], Is.EqualTo(9.5));
            Assert.That(frame["file"][0], Is.Null);
            Assert.That(frame["line"][0], Is.Null);
            Assert.That(frame["column"][0], Is.Null);
        });
    }

    [Test]
    public void ToDataFrame_EmptyDataset_HasTheColumnsAndNoRows()
    {
        var frame = Dataset.Empty.ToDataFrame();

        Assert.That(frame.Rows, Has.Count.EqualTo(0));
        Assert.That(frame.Columns, Has.Count.EqualTo(7));
    }
}
