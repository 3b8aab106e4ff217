using Benchmark.Text;

namespace Benchmark.Validation;

/// <summary>The name of a <see cref="Severity"/> as people read it.</summary>
public static class SeverityText
{
    /// <summary>"fout"/"error", "waarschuwing"/"warning" or "info".</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name in Dutch and English.</returns>
    public static LocalizedText Of(Severity severity) => severity switch
    {
        Severity.Error => new("fout", "error"),
        Severity.Warning => new("waarschuwing", "warning"),
        _ => new("info", "info"),
    };
}
