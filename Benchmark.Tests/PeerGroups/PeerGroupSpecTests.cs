using Benchmark.PeerGroups;

namespace Benchmark.Tests.PeerGroups;

public sealed class PeerGroupSpecTests
{
    [TestCase("default", PeerGroupKind.Default, "default")]
    [TestCase(" DEFAULT ", PeerGroupKind.Default, "default")]
    [TestCase("all", PeerGroupKind.All, "all")]
    [TestCase("size-class", PeerGroupKind.SizeClass, "size-class")]
    [TestCase("size-class-ex-g4", PeerGroupKind.SizeClassExcludingG4, "size-class-ex-g4")]
    [TestCase("province", PeerGroupKind.Province, "province")]
    [TestCase("group:Leerkring Oost", PeerGroupKind.Named, "group:Leerkring Oost")]
    [TestCase("nearest", PeerGroupKind.Nearest, "nearest")]
    [TestCase("nearest:10", PeerGroupKind.Nearest, "nearest:10")]
    [TestCase("  SIZE-Class-EX-G4 ", PeerGroupKind.SizeClassExcludingG4, "size-class-ex-g4")]
    [TestCase("Group: Leerkring Oost ", PeerGroupKind.Named, "group:Leerkring Oost")]
    [TestCase("NEAREST : 7", PeerGroupKind.Nearest, "nearest:7")]
    public void Parse_EveryForm_GivesKindAndCanonicalForm(string text, PeerGroupKind kind, string canonical)
    {
        var spec = PeerGroupSpec.Parse(text);

        Assert.That(spec.Kind, Is.EqualTo(kind));
        Assert.That(spec.ToString(), Is.EqualTo(canonical));
        Assert.That(PeerGroupSpec.Parse(spec.ToString()), Is.EqualTo(spec), "the canonical form reads back to an equal spec");
    }

    [Test]
    public void Parse_Nearest_KeepsKOrLeavesItToTheOptions()
    {
        Assert.That(PeerGroupSpec.Parse("nearest:20").NearestCount, Is.EqualTo(20));
        Assert.That(PeerGroupSpec.Parse("nearest").NearestCount, Is.Null);
        Assert.That(NearestNeighbourOptions.Default.K, Is.EqualTo(15));
    }

    [Test]
    public void Parse_Group_KeepsNameCase()
    {
        Assert.That(PeerGroupSpec.Parse("group:Leerkring OOST").GroupName, Is.EqualTo("Leerkring OOST"));
    }

    [Test]
    public void Default_IsItsOwnMethodNotPlainSizeClass()
    {
        Assert.That(PeerGroupSpec.Default, Is.Not.EqualTo(PeerGroupSpec.BySizeClass));
        Assert.That(PeerGroupSpec.Default.Kind, Is.EqualTo(PeerGroupKind.Default));
        Assert.That(PeerGroupSpec.Default.ToString(), Is.EqualTo("default"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    [TestCase("sizeclass")]
    [TestCase("size-class-ex-g5")]
    [TestCase("grootteklasse")]
    [TestCase("group")]
    [TestCase("group:")]
    [TestCase("group:   ")]
    [TestCase("nearest:")]
    [TestCase("nearest:0")]
    [TestCase("nearest:-3")]
    [TestCase("nearest:1.5")]
    [TestCase("nearest:abc")]
    [TestCase("all:everything")]
    [TestCase("province:Utrecht")]
    public void TryParse_Malformed_FailsWithMessageListingTheForms(string? text)
    {
        var ok = PeerGroupSpec.TryParse(text, out var spec, out var error);

        Assert.That(ok, Is.False);
        Assert.That(spec, Is.Null);
        Assert.That(error.En, Does.Contain(PeerGroupSpec.Forms).And.Contain("is not a peer group"));
        Assert.That(error.Nl, Does.Contain(PeerGroupSpec.Forms).And.Contain("is geen vergelijkingsgroep"));
    }

    [Test]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheInputAndForms()
    {
        var ex = Assert.Throws<FormatException>(() => PeerGroupSpec.Parse("nearest:0"));

        Assert.That(ex!.Message, Does.Contain("'nearest:0'").And.Contain("at least 1").And.Contain(PeerGroupSpec.Forms));
    }

    [Test]
    public void Factories_RejectMisuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerGroupSpec.Nearest(0));
        Assert.Throws<ArgumentException>(() => PeerGroupSpec.Group(" "));
    }

    [Test]
    public void Equality_IsByValue()
    {
        Assert.That(PeerGroupSpec.Nearest(15), Is.EqualTo(PeerGroupSpec.Parse("nearest:15")));
        Assert.That(PeerGroupSpec.Nearest(15), Is.Not.EqualTo(PeerGroupSpec.Nearest()));
        Assert.That(PeerGroupSpec.Group("Oost"), Is.EqualTo(PeerGroupSpec.Parse("group:Oost")));
    }
}
