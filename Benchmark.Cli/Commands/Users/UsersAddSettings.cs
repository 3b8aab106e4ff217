using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary>Settings of <c>benchmark users add NAME --role ROLE [--municipality CODE] [--token]</c>.</summary>
public sealed class UsersAddSettings : UserSettings
{
    /// <summary>The role.</summary>
    [CommandOption("--role <ROLE>")]
    [LocalizedDescription("[green]coordinator[/], [green]analyst[/], [green]director[/] or [green]researcher[/].")]
    public string? Role { get; init; }

    /// <summary>The municipality of an analyst or director.</summary>
    [CommandOption("--municipality <CODE>")]
    [LocalizedDescription("The municipality (CBS code) of an analyst or director.")]
    public string? Municipality { get; init; }

    /// <summary>Also issue an API token (researchers).</summary>
    [CommandOption("--token")]
    [LocalizedDescription("Also issue a personal API token (researchers only); it is printed once and stored hashed.")]
    public bool Token { get; init; }
}
