using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Options every command shares: output format and language.</summary>
public class CommonSettings : CommandSettings
{
    /// <summary>Output format: text (default), json or csv.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("Output: [green]text[/] (default), [green]json[/] or [green]csv[/] (where the command supports it).")]
    [DefaultValue(OutputFormat.Text)]
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    /// <summary>Language of text for people: nl (default) or en.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("Language for people: [green]nl[/] (default) or [green]en[/]. Machine output is always invariant.")]
    [DefaultValue(OutputLanguage.Nl)]
    public OutputLanguage Lang { get; init; } = OutputLanguage.Nl;

    /// <summary>The output formats the command supports; others are a usage error.</summary>
    protected virtual IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        SupportedFormats.Contains(Format)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--format {Format.ToString().ToLowerInvariant()} is not supported here; use one of: {string.Join(", ", SupportedFormats.Select(f => f.ToString().ToLowerInvariant()))}.");
}
