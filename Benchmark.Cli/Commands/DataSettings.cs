using Benchmark.Cli.Help;
using System.ComponentModel;
using Benchmark.Import;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Options for commands that read data files: reference data and number conventions.</summary>
public class DataSettings : CommonSettings
{
    /// <summary>A municipality reference file that replaces or extends the built-in CBS 2024 reference.</summary>
    [CommandOption("--municipalities <FILE>")]
    [LocalizedDescription("Municipality reference (code, name, province, inhabitants[[, year]]) that replaces or extends the built-in CBS 2024 reference.")]
    public string? Municipalities { get; init; }

    /// <summary>An indicator catalogue (JSON) that replaces or extends the built-in one.</summary>
    [CommandOption("--catalog <FILE>")]
    [LocalizedDescription("Indicator catalogue (JSON, the format of the built-in one) whose indicators replace or extend the built-in ones.")]
    public string? Catalog { get; init; }

    /// <summary>The decimal separator of numbers: auto (default), comma or point.</summary>
    [CommandOption("--decimal <CONVENTION>")]
    [LocalizedDescription("Decimal separator in the files: [green]auto[/] (default: detected per file), [green]comma[/] (1.234,5) or [green]point[/] (1,234.5).")]
    [DefaultValue(DecimalConvention.Auto)]
    public DecimalConvention DecimalConvention { get; init; } = DecimalConvention.Auto;

    /// <summary>The worksheet of .xlsx inputs; the first visible sheet when omitted.</summary>
    [CommandOption("--sheet <NAME>")]
    [LocalizedDescription("The worksheet to read from .xlsx files (default: the first visible sheet).")]
    public string? Sheet { get; init; }

    /// <summary>Headers to ignore knowingly, though they look like a catalogue column (a typo would otherwise be an error).</summary>
    [CommandOption("--ignore-column <NAME>")]
    [LocalizedDescription("A header to ignore knowingly, though it looks like a catalogue column (otherwise an error: 'did you mean …?'). Repeatable.")]
    public string[] IgnoreColumns { get; init; } = [];
}
