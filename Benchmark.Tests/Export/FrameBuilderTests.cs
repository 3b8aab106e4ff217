using Benchmark.Export;
using Microsoft.Data.Analysis;

namespace Benchmark.Tests.Export;

public sealed class FrameBuilderTests
{
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void Number_NonFiniteValue_BecomesNull(double value)
    {
        var frame = new FrameBuilder<double>([1.5, value]).Number("x", v => v).Build();

        Assert.That(frame["x"][0], Is.EqualTo(1.5));
        Assert.That(frame["x"][1], Is.Null);
    }

    [Test]
    public void Number_ExtremeFiniteValues_AreKeptExactlyAsDoubles()
    {
        // Values float32 would change: 0.1 (not exact in either, but different), a euro amount beyond 2^24, double.MaxValue.
        double[] values = [0.1, 875_247_906.0, 16_777_217.0, double.Epsilon, double.MaxValue, -0.0];

        var column = new FrameBuilder<double>(values).Number("x", v => v).Build()["x"];

        Assert.That(column, Is.TypeOf<DoubleDataFrameColumn>());
        Assert.That(column.Cast<double?>(), Is.EqualTo(values.Select(v => (double?)v)));
    }

    [Test]
    public void Build_ColumnsOfEveryKind_KeepOrderTypesAndNulls()
    {
        var frame = new FrameBuilder<int>([1, 2])
            .Text("t", i => i == 1 ? "a" : null)
            .Integer("i", i => i == 1 ? 7 : null)
            .Flag("f", i => i == 1 ? true : null)
            .Number("d", i => i == 1 ? 2.5 : (double?)null)
            .Build();

        Assert.That(frame.Columns.Select(c => c.Name), Is.EqualTo(new[] { "t", "i", "f", "d" }));
        Assert.That(frame.Columns.Select(c => c.DataType), Is.EqualTo(new[] { typeof(string), typeof(int), typeof(bool), typeof(double) }));
        Assert.That(frame.Rows[0].Cast<object?>(), Is.EqualTo(new object[] { "a", 7, true, 2.5 }));
        Assert.That(frame.Rows[1].Cast<object?>(), Is.EqualTo(new object?[] { null, null, null, null }));
    }
}
