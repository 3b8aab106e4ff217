using System.ComponentModel;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>Settings of <c>benchmark agenda list [MUNICIPALITY] [--year Y]</c>.</summary>
public sealed class AgendaListSettings : AnalysisSettings
{
    /// <summary>Only this municipality.</summary>
    [CommandArgument(0, "[MUNICIPALITY]")]
    [Description("Only the actions of this municipality (code or name).")]
    public string? Municipality { get; init; }

    /// <summary>The year to follow up in.</summary>
    [CommandOption("--year <YEAR>")]
    [Description("The year to follow up in (default: the latest year in the data).")]
    public int? Year { get; init; }
}
