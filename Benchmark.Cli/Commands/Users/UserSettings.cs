using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Users;

/// <summary>Settings of <c>benchmark users disable|reset-password NAME</c>.</summary>
public class UserSettings : StoreSettings
{
    /// <summary>The user name.</summary>
    [CommandArgument(0, "<NAME>")]
    [LocalizedDescription("The user name (sign-in name) of the account.")]
    public string Name { get; init; } = string.Empty;

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];
}
