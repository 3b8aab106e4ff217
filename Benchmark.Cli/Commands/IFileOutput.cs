using Spectre.Console;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of a command that can write its result to a file (<c>--out</c>), which <c>--format xlsx</c> needs.</summary>
public interface IFileOutput
{
    /// <summary>The file to write, or <see langword="null"/> for the console.</summary>
    string? Out { get; }
}

/// <summary>The check that <c>--format xlsx</c> has a file to go to.</summary>
internal static class FileOutputCheck
{
    public static ValidationResult Check(CommonSettings settings, string? output) =>
        settings.EffectiveFormat == OutputFormat.Xlsx && (output is null || !output.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            ? ValidationResult.Error(settings.Lang.Pick("--format xlsx schrijft een werkmap: geef --out BESTAND.xlsx.", "--format xlsx writes a workbook: give --out FILE.xlsx."))
            : ValidationResult.Success();
}
