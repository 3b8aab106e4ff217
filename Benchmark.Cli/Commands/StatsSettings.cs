using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark stats</c>.</summary>
public sealed class StatsSettings : AnalysisSettings, IFileOutput
{
    /// <summary>The year; every year when omitted.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("Only this year (default: every year in the data).")]
    public int? Year { get; init; }

    /// <summary>Write the result to a file instead of the console.</summary>
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("Write to FILE (CSV unless --format json) instead of the console.")]
    public string? Out { get; init; }

    /// <summary>Also write every ranked observation's rank to this file.</summary>
    [CommandOption("--ranks <FILE>")]
    [LocalizedDescription("Also write every observation's rank in its group to FILE (CSV: indicator,year,group,code,rank; 1 = best, lowest first for neutral indicators; missing values and suppressed groups have no rank).")]
    public string? Ranks { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Xlsx];

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() => FileOutputCheck.Check(this, Out) is { Successful: false } error ? error : base.Validate();
}
