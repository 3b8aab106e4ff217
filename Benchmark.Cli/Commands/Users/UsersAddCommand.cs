using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary><c>benchmark users add NAME --role ROLE [--municipality CODE] [--token]</c>: prints the generated password (and token) once.</summary>
internal sealed class UsersAddCommand(CliEnvironment env) : Command<UsersAddSettings>
{
    public override int Execute(CommandContext context, UsersAddSettings settings, CancellationToken cancellationToken) =>
        UsersCommands.Run(env, settings, "add", store =>
        {
            if (!UserNames.TryNormalize(settings.Name, out var name))
            {
                throw new UsageException(
                    $"'{settings.Name}': een gebruikersnaam heeft 3 tot 64 tekens: a–z, 0–9, punt, streepje, liggend streepje of @.",
                    $"'{settings.Name}': a user name has 3 to 64 characters: a–z, 0–9, dot, hyphen, underscore or @.");
            }

            var (role, municipality) = UsersCommands.RoleOf(settings.Role, settings.Municipality);
            if (settings.Token && role != Role.Researcher)
            {
                throw new UsageException("--token is alleen voor onderzoekers (--role researcher).", "--token is for researchers only (--role researcher).");
            }

            if (store.FindAccount(name) is not null)
            {
                throw new UsageException($"De gebruikersnaam '{name}' bestaat al (nieuw wachtwoord: benchmark users reset-password {name}).", $"The user name '{name}' is taken (new password: benchmark users reset-password {name}).");
            }

            var (account, password) = AccountAdmin.Add(store, UsersCommands.Actor, name, role, municipality);
            UsersCommands.PrintSecret(env, settings.Lang, $"Account {account.UserName} ({role.Code()}) toegevoegd. Wachtwoord (alleen nu zichtbaar):", $"Account {account.UserName} ({role.Code()}) added. Password (visible only now):", password);
            if (settings.Token)
            {
                UsersCommands.PrintSecret(env, settings.Lang, "API-token (alleen nu zichtbaar; Authorization: Bearer …):", "API token (visible only now; Authorization: Bearer …):", AccountAdmin.IssueToken(store, UsersCommands.Actor, account.Id)!);
            }

            return ExitCodes.Ok;
        });
}
