using System.ComponentModel;

namespace Benchmark.Cli.Help;

/// <summary>
/// An option's or argument's description in the language of the run: written in English in the code, shown in Dutch by
/// default (<see cref="DutchHelp"/>), in English with <c>--lang en</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class LocalizedDescriptionAttribute(string english) : DescriptionAttribute(english)
{
    /// <inheritdoc />
    public override string Description => HelpLanguage.Of(DescriptionValue);
}
