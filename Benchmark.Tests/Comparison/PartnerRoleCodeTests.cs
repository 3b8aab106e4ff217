using Benchmark.Comparison;

namespace Benchmark.Tests.Comparison;

/// <summary>The partner roles' machine codes: one per role, distinct, as the CLI's CSV and the API's JSON write them.</summary>
public sealed class PartnerRoleCodeTests
{
    [TestCase(PartnerRole.LearnFrom, "learn-from")]
    [TestCase(PartnerRole.LearnsFromYou, "learns-from-you")]
    public void Code_IsTheDocumentedOne(PartnerRole role, string code) => Assert.That(role.Code(), Is.EqualTo(code));

    [Test]
    public void EveryRole_HasItsOwnCode() =>
        Assert.That(Enum.GetValues<PartnerRole>().Select(r => r.Code()).ToList(), Is.Unique.And.Count.EqualTo(Enum.GetValues<PartnerRole>().Length));

    [Test]
    public void NotARole_IsMisuse() => Assert.That(() => ((PartnerRole)99).Code(), Throws.TypeOf<ArgumentOutOfRangeException>());
}
