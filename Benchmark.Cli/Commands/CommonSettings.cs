using Benchmark.Cli.Help;
using System.ComponentModel;
using Benchmark.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Options every command shares: output format and language.</summary>
public class CommonSettings : CommandSettings
{
    /// <summary>Output format: text (default), json or csv.</summary>
    [CommandOption("--format <FORMAT>")]
    [LocalizedDescription("Output: [green]text[/] (default: tables for people), [green]csv[/] (for scripts: [green],[/] and decimal point; for a Dutch Excel add [green]--csv excel-nl[/]) [green]json[/] or [green]xlsx[/] (an Excel workbook, with --out FILE.xlsx) where the command supports it.")]
    [DefaultValue(OutputFormat.Text)]
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    /// <summary>Language of text for people: nl (default) or en.</summary>
    [CommandOption("--lang <LANG>")]
    [LocalizedDescription("Language for people: [green]nl[/] (default) or [green]en[/]. Machine output is always invariant.")]
    [TypeConverter(typeof(LanguageConverter))]
    [DefaultValue("nl")]
    public Language Lang { get; init; } = Language.Dutch;

    /// <summary>The CSV dialect: invariant (default, for scripts) or excel-nl (for a Dutch Excel).</summary>
    [CommandOption("--csv <DIALECT>")]
    [LocalizedDescription("CSV for [green]invariant[/] tools (default: [green],[/], decimal point, no BOM) or [green]excel-nl[/] (a Dutch Excel: [green];[/], decimal comma, UTF-8 BOM); implies --format csv.")]
    [DefaultValue("invariant")]
    public string Csv { get; init; } = "invariant";

    /// <summary>The CSV dialect named by <see cref="Csv"/>.</summary>
    public CsvDialect CsvDialect => CsvDialect.Find(Csv) ?? CsvDialect.Invariant;

    /// <summary>The output format: <see cref="Format"/>, or CSV when only <c>--csv excel-nl</c> was given.</summary>
    public OutputFormat EffectiveFormat => Format == OutputFormat.Text && CsvDialect != CsvDialect.Invariant ? OutputFormat.Csv : Format;

    /// <summary>The output formats the command supports; others are a usage error.</summary>
    protected virtual IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var formats = string.Join(", ", SupportedFormats.Select(f => f.ToString().ToLowerInvariant()));
        if (CsvDialect.Find(Csv) is null)
        {
            return ValidationResult.Error(Lang.Pick(
                $"--csv {Csv} bestaat niet; kies invariant of excel-nl.",
                $"--csv {Csv} does not exist; choose invariant or excel-nl."));
        }

        return SupportedFormats.Contains(EffectiveFormat)
            ? ValidationResult.Success()
            : ValidationResult.Error(Lang.Pick(
                $"--format {EffectiveFormat.ToString().ToLowerInvariant()} kan hier niet; kies uit: {formats}.",
                $"--format {EffectiveFormat.ToString().ToLowerInvariant()} is not supported here; use one of: {formats}."));
    }
}
