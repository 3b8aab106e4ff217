using Benchmark.Store.Accounts;

namespace Benchmark.Web.Shell;

/// <summary>The name of a role for people.</summary>
internal static class RoleName
{
    /// <summary>The role's name in the reader's language.</summary>
    public static string Of(Role role, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return role switch
        {
            Role.Coordinator => ui.T("coördinator", "coordinator"),
            Role.Analyst => ui.T("analist", "analyst"),
            Role.Director => ui.T("directeur", "director"),
            _ => ui.T("onderzoeker", "researcher"),
        };
    }
}
