using Benchmark.Cli.Commands;

namespace Benchmark.Cli.Output;

/// <summary>Fixed texts of the command line in Dutch and English.</summary>
internal static class CliText
{
    public static string Get(OutputLanguage lang, string nl, string en) => lang == OutputLanguage.En ? en : nl;

    public static string Severity(OutputLanguage lang, Validation.Severity severity) => severity switch
    {
        Validation.Severity.Error => Get(lang, "fout", "error"),
        Validation.Severity.Warning => Get(lang, "waarschuwing", "warning"),
        _ => Get(lang, "info", "info"),
    };
}
