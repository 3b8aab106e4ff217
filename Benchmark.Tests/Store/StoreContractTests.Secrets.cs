namespace Benchmark.Tests.Store;

/// <content>The store's own secrets (the key of anonymised labels).</content>
public abstract partial class StoreContractTests
{
    [Test]
    public void Secret_CreatedOnceAndTheSameAfterReopening()
    {
        string first;
        using (var store = Open())
        {
            first = store.Secret("anonymize");
            Assert.That(store.Secret("anonymize"), Is.EqualTo(first));
        }

        using var reopened = Open();

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Match("^[0-9a-f]{64}$"), "256 random bits");
            Assert.That(reopened.Secret("anonymize"), Is.EqualTo(first));
            Assert.That(reopened.Secret("other"), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Secret_TwoStores_DifferentSecrets()
    {
        using var a = Open();
        using var b = Open(NewDatabase());

        Assert.That(a.Secret("anonymize"), Is.Not.EqualTo(b.Secret("anonymize")));
    }
}
