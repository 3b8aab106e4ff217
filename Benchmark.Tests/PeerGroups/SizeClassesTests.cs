using System.Globalization;
using Benchmark.PeerGroups;

namespace Benchmark.Tests.PeerGroups;

public sealed class SizeClassesTests
{
    [TestCase(0, SizeClass.Below10000)]
    [TestCase(9_999, SizeClass.Below10000)]
    [TestCase(10_000, SizeClass.From10000To20000)]
    [TestCase(19_999, SizeClass.From10000To20000)]
    [TestCase(20_000, SizeClass.From20000To50000)]
    [TestCase(49_999, SizeClass.From20000To50000)]
    [TestCase(50_000, SizeClass.From50000To100000)]
    [TestCase(99_999, SizeClass.From50000To100000)]
    [TestCase(100_000, SizeClass.From100000)]
    [TestCase(931_298, SizeClass.From100000)]
    public void Of_Boundaries_LowerBoundInclusive(long inhabitants, SizeClass expected)
    {
        Assert.That(SizeClasses.Of(inhabitants), Is.EqualTo(expected));
    }

    [Test]
    public void Of_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SizeClasses.Of(-1));
    }

    [TestCase(SizeClass.Below10000, "< 10.000 inwoners", "< 10,000 inhabitants")]
    [TestCase(SizeClass.From10000To20000, "10.000–20.000 inwoners", "10,000–20,000 inhabitants")]
    [TestCase(SizeClass.From20000To50000, "20.000–50.000 inwoners", "20,000–50,000 inhabitants")]
    [TestCase(SizeClass.From50000To100000, "50.000–100.000 inwoners", "50,000–100,000 inhabitants")]
    [TestCase(SizeClass.From100000, "≥ 100.000 inwoners", "≥ 100,000 inhabitants")]
    public void Label_IsDutchAndEnglishWithCultureNumbers(SizeClass sizeClass, string nl, string en)
    {
        var label = SizeClasses.Label(sizeClass);

        Assert.That(label.Nl, Is.EqualTo(nl));
        Assert.That(label.En, Is.EqualTo(en));
    }

    [Test]
    public void Label_DoesNotDependOnCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-CH");
            Assert.That(SizeClasses.Label(SizeClass.From100000).Nl, Is.EqualTo("≥ 100.000 inwoners"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Test]
    public void Bounds_TileTheLineWithoutGaps()
    {
        for (var i = 0; i < SizeClasses.All.Count - 1; i++)
        {
            Assert.That(SizeClasses.UpperBound(SizeClasses.All[i]), Is.EqualTo(SizeClasses.LowerBound(SizeClasses.All[i + 1])));
        }

        Assert.That(SizeClasses.LowerBound(SizeClass.Below10000), Is.Zero);
        Assert.That(SizeClasses.UpperBound(SizeClass.From100000), Is.Null);
    }

    [Test]
    public void G4_IsAmsterdamRotterdamTheHagueUtrecht()
    {
        Assert.That(PeerTestData.Codes(SizeClasses.G4.Order()), Is.EqualTo(new[] { "GM0344", "GM0363", "GM0518", "GM0599" }));
        Assert.That(SizeClasses.IsG4(PeerTestData.C(363)), Is.True);
        Assert.That(SizeClasses.IsG4(PeerTestData.C(14)), Is.False);
    }
}
