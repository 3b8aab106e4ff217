using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Sharing;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary><c>benchmark users reset-password NAME</c>: prints the new generated password once.</summary>
internal sealed class UsersResetCommand(CliEnvironment env) : Command<UserSettings>
{
    public override int Execute(CommandContext context, UserSettings settings, CancellationToken cancellationToken) =>
        UsersCommands.Run(env, settings, "reset-password", store =>
        {
            var account = UsersCommands.Find(store, settings.Name);
            var password = AccountAdmin.ResetPassword(store, UsersCommands.Actor, account.Id)!;
            UsersCommands.PrintSecret(env, settings.Lang, $"Nieuw wachtwoord van {account.UserName} (alleen nu zichtbaar):", $"New password of {account.UserName} (visible only now):", password);
            return ExitCodes.Ok;
        });
}
