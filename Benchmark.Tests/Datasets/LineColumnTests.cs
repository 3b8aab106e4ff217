using Benchmark.Data;

namespace Benchmark.Tests.Datasets;

/// <summary>The builder's 2-byte line column reads back every line written, however the lines jump.</summary>
public sealed class LineColumnTests
{
    [TestCase(1, 100_000, 1)]
    [TestCase(2, 100_000, 50)]
    [TestCase(3, 70_000, 100_000)]
    public void Set_LinesInFileOrderWithJumps_ReadBackAndScatterExactly(int seed, int count, int maxStep)
    {
        // Seeded: lines that rise by 0..maxStep per observation (a long file: 1; a wide one: 0 for most), with an
        // occasional jump back (rows added out of order) and far ahead (a chunk that no longer fits 16 bits).
        var random = new Random(seed);
        var expected = new int[count];
        var line = 2;
        for (var i = 0; i < count; i++)
        {
            line = random.Next(1000) switch
            {
                0 => Math.Max(2, line - random.Next(50)),
                1 => line + 70_000,
                _ => line + random.Next(maxStep + 1),
            };
            expected[i] = line;
        }

        var column = new LineColumn();
        column.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            column[i] = expected[i];
        }

        Assert.That(Enumerable.Range(0, count).Select(i => column[i]), Is.EqualTo(expected));

        // Overwriting lower positions with later lines, as removing observations does.
        for (var i = 0; i + 7 < count; i += 3)
        {
            column[i] = expected[i + 7];
            expected[i] = expected[i + 7];
        }

        Assert.That(Enumerable.Range(0, count).Select(i => column[i]), Is.EqualTo(expected));
        var place = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
        var scattered = column.Scatter(place, release: true);
        var placed = new int[count];
        for (var i = 0; i < count; i++)
        {
            placed[place[i]] = expected[i];
        }

        Assert.That(scattered, Is.EqualTo(placed));
    }
}
