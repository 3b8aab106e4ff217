using Benchmark.Store.Accounts;

namespace Benchmark.Tests.Store;

/// <content>Accounts of the shared learning environment: hashing, sign-in, lock-out, roles, tokens.</content>
public abstract partial class StoreContractTests
{
    [Test]
    public void Account_PasswordIsHashedAndSignInChecksIt()
    {
        var store = Open();
        var account = store.AddAccount("Analist.Zwolle", Role.Analyst, Zwolle, "correct horse battery");

        var hash = ((Benchmark.Store.Relational.RelationalStore)store).Read(s =>
        {
            using var c = s.Command("SELECT password_hash FROM accounts WHERE id = @id", ("id", account.Id));
            return (string)c.ExecuteScalar()!;
        });
        Assert.Multiple(() =>
        {
            Assert.That(account.UserName, Is.EqualTo("analist.zwolle"), "stored lower case");
            Assert.That(account.Municipality, Is.EqualTo(Zwolle));
            Assert.That(hash, Does.Not.Contain("horse"));
            Assert.That(hash, Has.Length.GreaterThan(40), "a PasswordHasher v3 hash (base64 of 61 bytes)");
            Assert.That(store.SignIn("ANALIST.zwolle", "correct horse battery").Status, Is.EqualTo(SignInStatus.Success));
            Assert.That(store.SignIn("analist.zwolle", "correct horse batterY").Status, Is.EqualTo(SignInStatus.Failed));
            Assert.That(store.SignIn("nobody", "correct horse battery").Status, Is.EqualTo(SignInStatus.Failed));
        });
    }

    [Test]
    public void Account_FifthFailureLocksEvenTheRightPasswordUntilTheLockEnds()
    {
        var store = Open();
        store.AddAccount("coordinator", Role.Coordinator, null, "correct horse battery");
        var policy = new LockoutPolicy { MaxFailures = 5, Duration = TimeSpan.FromMinutes(15) };

        var results = Enumerable.Range(0, 5).Select(_ => store.SignIn("coordinator", "wrong password!", policy).Status).ToList();
        var whileLocked = store.SignIn("coordinator", "correct horse battery", policy).Status;
        Clock.Advance(TimeSpan.FromMinutes(16));
        var after = store.SignIn("coordinator", "correct horse battery", policy).Status;

        Assert.Multiple(() =>
        {
            Assert.That(results, Is.EqualTo(new[] { SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.Failed, SignInStatus.LockedOut }));
            Assert.That(whileLocked, Is.EqualTo(SignInStatus.LockedOut));
            Assert.That(after, Is.EqualTo(SignInStatus.Success));
            Assert.That(store.FindAccount("coordinator")!.FailedLogins, Is.Zero);
        });
    }

    [Test]
    public void Account_DisabledRefusedAndResetPasswordLiftsLock()
    {
        var store = Open();
        var a = store.AddAccount("directeur", Role.Director, Zwolle, "correct horse battery");
        for (var i = 0; i < 5; i++)
        {
            store.SignIn("directeur", "wrong password!");
        }

        store.SetPassword(a.Id, "a brand new password");
        var afterReset = store.SignIn("directeur", "a brand new password").Status;
        store.SetDisabled(a.Id, true);

        Assert.Multiple(() =>
        {
            Assert.That(afterReset, Is.EqualTo(SignInStatus.Success));
            Assert.That(store.SignIn("directeur", "a brand new password").Status, Is.EqualTo(SignInStatus.Disabled));
            Assert.That(store.FindAccount(a.Id)!.Disabled, Is.True);
        });
    }

    [Test]
    public void Account_RulesForNamesPasswordsAndMunicipalities()
    {
        var store = Open();
        store.AddAccount("coordinator", Role.Coordinator, null, "correct horse battery");

        Assert.Multiple(() =>
        {
            Assert.That(() => store.AddAccount("Coordinator", Role.Coordinator, null, "correct horse battery"), Throws.ArgumentException.With.Message.Contains("taken"));
            Assert.That(() => store.AddAccount("x", Role.Coordinator, null, "correct horse battery"), Throws.ArgumentException);
            Assert.That(() => store.AddAccount("short.pw", Role.Coordinator, null, "short"), Throws.ArgumentException);
            Assert.That(() => store.AddAccount("analyst", Role.Analyst, null, "correct horse battery"), Throws.ArgumentException, "an analyst belongs to a municipality");
            Assert.That(() => store.AddAccount("researcher", Role.Researcher, Zwolle, "correct horse battery"), Throws.ArgumentException);
            Assert.That(store.Accounts().Select(a => a.UserName), Is.EqualTo(new[] { "coordinator" }));
        });
    }

    [Test]
    public void Token_StoredHashedFoundOnlyWhileTheAccountIsEnabled()
    {
        var store = Open();
        var researcher = store.AddAccount("onderzoeker", Role.Researcher, null, "correct horse battery");
        var token = store.IssueToken(researcher.Id);

        Assert.Multiple(() =>
        {
            Assert.That(token, Does.StartWith("bmk_"));
            Assert.That(Count(store, "api_tokens"), Is.EqualTo(1));
            Assert.That(store.FindByToken(token)?.Id, Is.EqualTo(researcher.Id));
            Assert.That(store.FindByToken(token + "x"), Is.Null);
            Assert.That(store.FindByToken(Passwords.TokenHash(token)), Is.Null, "the stored hash is no token");
        });
        store.SetDisabled(researcher.Id, true);
        Assert.That(store.FindByToken(token), Is.Null);
    }
}
