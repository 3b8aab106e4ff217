using Benchmark.Cli.Help;
using Benchmark.Cli.Infrastructure;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary><c>benchmark users</c>: the accounts of the web site (the same as the coordinator's page), each change audited.</summary>
internal static class UsersCommands
{
    public static void Register(IConfigurator config) =>
        config.AddBranch<StoreSettings>("users", users =>
        {
            users.SetDescription(HelpLanguage.Of("Accounts of the web site (benchmark serve): list, add (password printed once), disable, reset a password."));
            users.SetDefaultCommand<UsersListCommand>();
            users.AddCommand<UsersListCommand>("list").WithDescription(HelpLanguage.Of("Every account with its role, municipality and state."));
            users.AddCommand<UsersAddCommand>("add").WithDescription(HelpLanguage.Of("Add an account; its generated password (and a researcher's token with --token) is printed once."))
                .WithExample("users", "add", "analist.zwolle", "--role", "analyst", "--municipality", "GM0193")
                .WithExample("users", "add", "onderzoeker", "--role", "researcher", "--token");
            users.AddCommand<UsersDisableCommand>("disable").WithDescription(HelpLanguage.Of("Disable an account: it can no longer sign in, its sessions and tokens stop at once."));
            users.AddCommand<UsersResetCommand>("reset-password").WithDescription(HelpLanguage.Of("Set a new generated password (printed once) and lift a lock-out."));
        });

    /// <summary>The name under which CLI changes are audited.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    /// <summary>Runs <paramref name="work"/> on the store; usage problems and store errors become exit code 2 with a message.</summary>
    public static int Run(CliEnvironment env, StoreSettings settings, string command, Func<IDatasetStore, int> work)
    {
        try
        {
            using var store = StoreAccess.Open(settings.Db, env, create: true, write: true);
            return work(store);
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"benchmark users {command}: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>The account named <paramref name="name"/>, or a usage problem.</summary>
    public static Account Find(IDatasetStore store, string name) =>
        store.FindAccount(name) ?? throw new UsageException($"Er is geen account '{name}' (zie benchmark users list).", $"There is no account '{name}' (see benchmark users list).");

    /// <summary>Reads the role and municipality options.</summary>
    public static (Role Role, MunicipalityCode? Municipality) RoleOf(string? role, string? municipality)
    {
        if (!Roles.TryParse(role, out var r))
        {
            throw new UsageException(
                $"--role {role}: kies coordinator, analyst, director of researcher.",
                $"--role {role}: choose coordinator, analyst, director or researcher.");
        }

        if (!r.NeedsMunicipality())
        {
            return municipality is null ? (r, null) : throw new UsageException($"Een {r.Code()} hoort bij geen gemeente; laat --municipality weg.", $"A {r.Code()} belongs to no municipality; leave out --municipality.");
        }

        return MunicipalityCode.TryParse(municipality, out var code) && BuiltInMunicipalities.Registry.Find(code) is not null
            ? (r, code)
            : throw new UsageException($"Een {r.Code()} hoort bij een gemeente: geef --municipality met een bestaande CBS-code, zoals GM0193.", $"An {r.Code()} belongs to a municipality: give --municipality with an existing CBS code, such as GM0193.");
    }

    /// <summary>Prints a secret once, with what it is.</summary>
    public static void PrintSecret(CliEnvironment env, Language lang, string nl, string en, string secret)
    {
        env.Console.MarkupLine(Markup.Escape(lang.Pick(nl, en)));
        env.Out.WriteLine(secret);
    }
}
