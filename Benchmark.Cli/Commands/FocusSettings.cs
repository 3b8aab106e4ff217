using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Options of commands about one municipality in one year.</summary>
public class FocusSettings : AnalysisSettings
{
    /// <summary>The municipality: CBS code (GM0193, 0193) or name.</summary>
    [CommandArgument(0, "<MUNICIPALITY>")]
    [LocalizedDescription("The municipality: CBS code (GM0193) or name (Zwolle).")]
    public string Municipality { get; init; } = string.Empty;

    /// <summary>The year; the latest year of the data when omitted.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("The year (default: the latest year in the data).")]
    public int? Year { get; init; }
}
