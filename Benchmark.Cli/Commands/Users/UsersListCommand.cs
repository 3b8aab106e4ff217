using Benchmark.Cli.Infrastructure;
using Benchmark.Cli.Output;
using Benchmark.Store.Accounts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary><c>benchmark users [list]</c>.</summary>
internal sealed class UsersListCommand(CliEnvironment env) : Command<StoreSettings>
{
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken) =>
        UsersCommands.Run(env, settings, "list", store =>
        {
            var lang = settings.Lang;
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in new[] { CliText.Get(lang, "Gebruikersnaam", "User name"), CliText.Get(lang, "Rol", "Role"), CliText.Get(lang, "Gemeente", "Municipality"), CliText.Get(lang, "Stand", "State") })
            {
                table.AddColumn(header);
            }

            var now = DateTimeOffset.UtcNow;
            foreach (var a in store.Accounts())
            {
                var state = a.Disabled ? CliText.Get(lang, "uitgeschakeld", "disabled") : a.IsLockedAt(now) ? CliText.Get(lang, "geblokkeerd", "locked") : CliText.Get(lang, "actief", "active");
                table.AddRow(Markup.Escape(a.UserName), a.Role.Code(), a.Municipality?.ToString() ?? "-", state);
            }

            env.Console.Write(table);
            return ExitCodes.Ok;
        });
}
