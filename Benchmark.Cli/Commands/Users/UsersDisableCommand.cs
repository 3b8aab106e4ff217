using Benchmark.Cli.Infrastructure;
using Benchmark.Text;
using Benchmark.Store.Sharing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary><c>benchmark users disable NAME</c>.</summary>
internal sealed class UsersDisableCommand(CliEnvironment env) : Command<UserSettings>
{
    public override int Execute(CommandContext context, UserSettings settings, CancellationToken cancellationToken) =>
        UsersCommands.Run(env, settings, "disable", store =>
        {
            var account = UsersCommands.Find(store, settings.Name);
            AccountAdmin.SetDisabled(store, UsersCommands.Actor, account.Id, true);
            env.Console.MarkupLine(Markup.Escape(settings.Lang.Pick($"Account {account.UserName} is uitgeschakeld.", $"Account {account.UserName} is disabled.")));
            return ExitCodes.Ok;
        });
}
