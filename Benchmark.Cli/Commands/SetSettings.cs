using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Options of commands that analyse a set of municipalities: a municipality's peer group, or every municipality.</summary>
public class SetSettings : AnalysisSettings
{
    /// <summary>The municipality whose peer group is analysed; every municipality of the year when omitted.</summary>
    [CommandArgument(0, "[MUNICIPALITY]")]
    [LocalizedDescription("The municipality (CBS code or name) whose peer group (--peers) is analysed and highlighted; omitted: every municipality of the year.")]
    public string? Municipality { get; init; }

    /// <summary>The year; the latest year of the data when omitted.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("The year (default: the latest year in the data).")]
    public int? Year { get; init; }
}
