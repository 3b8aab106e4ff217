namespace Benchmark.Store.Sharing;

/// <summary>The stable codes of audited actions.</summary>
public static class AuditActions
{
    /// <summary>A successful sign-in.</summary>
    public const string Login = "login";

    /// <summary>A refused sign-in (wrong name or password, locked, disabled).</summary>
    public const string LoginFailed = "login.failed";

    /// <summary>An account locked after too many failures.</summary>
    public const string Lockout = "login.lockout";

    /// <summary>A file uploaded for preview.</summary>
    public const string Upload = "upload";

    /// <summary>An uploaded file confirmed into a dataset version.</summary>
    public const string Confirm = "upload.confirm";

    /// <summary>A confirmed file that supersedes earlier figures.</summary>
    public const string Supersede = "upload.supersede";

    /// <summary>A dataset version deleted.</summary>
    public const string Delete = "dataset.delete";

    /// <summary>An account made.</summary>
    public const string AccountAdd = "account.add";

    /// <summary>An account's role or municipality changed.</summary>
    public const string RoleChange = "account.role";

    /// <summary>An account disabled or enabled.</summary>
    public const string AccountDisable = "account.disable";

    /// <summary>A password reset.</summary>
    public const string PasswordReset = "account.password";

    /// <summary>An API token issued.</summary>
    public const string TokenIssue = "token.issue";

    /// <summary>A year opened or published.</summary>
    public const string YearState = "year.state";

    /// <summary>The learning circles replaced from a groups file.</summary>
    public const string Circles = "circles.replace";
}
