using System.Globalization;
using Benchmark.Text;
using Benchmark.Validation;
using Spectre.Console;

namespace Benchmark.Cli.Output;

/// <summary>
/// The findings of a file counted per rule, errors first, each with what the rule means and its first examples: the
/// overview an analyst reads before the details.
/// </summary>
internal static class ValidationRuleSummary
{
    private const int Examples = 3;

    public static void Render(IAnsiConsole console, IReadOnlyList<Finding> findings, Language lang, char decimalSeparator)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn(lang.Pick("Regel", "Rule")).NoWrap());
        table.AddColumn(new TableColumn(lang.Pick("Aantal", "Count")).RightAligned().NoWrap());
        table.AddColumn(lang.Pick("Betekenis en eerste voorbeelden", "Meaning and first examples"));
        var groups = findings.GroupBy(f => (f.Rule, f.Severity)).OrderByDescending(g => g.Key.Severity).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Rule, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var colour = Colour(group.Key.Severity);
            var meaning = Rules.All.FirstOrDefault(r => r.Id == group.Key.Rule)?.Description.Get(lang) ?? string.Empty;
            var examples = string.Join("; ", group.Take(Examples).Select(f => Example(f, lang, decimalSeparator)));
            var more = group.Count() > Examples ? " …" : string.Empty;
            table.AddRow(
                new Markup($"[{colour}]{Markup.Escape(lang.Pick(Validation.SeverityText.Of(group.Key.Severity)))}[/] {Markup.Escape(group.Key.Rule)}"),
                new Markup(group.Count().ToString("N0", lang.Culture)),
                new Markup($"{Markup.Escape(meaning)} [grey]{Markup.Escape(examples + more)}[/]"));
        }

        console.Write(table);
    }

    /// <summary>The colour of a severity.</summary>
    public static string Colour(Severity severity) => severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };

    /// <summary>Where a finding is, for people: "regel 8 MTO cijfer = 6,5"; a finding about the data as a whole names its value only.</summary>
    public static string Example(Finding f, Language lang, char decimalSeparator)
    {
        var parts = new List<string>(3);
        if (f.Cell is { } cell)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, lang.Pick("cel {0}", "cell {0}"), cell));
        }
        else if (f.Line > 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, lang.Pick("regel {0}", "line {0}"), f.Line));
        }

        if (f.Column is { Length: > 0 } column)
        {
            parts.Add(column);
        }

        if (FindingValueText.AsWritten(f, decimalSeparator) is { } value)
        {
            parts.Add(parts.Count > 0 ? "= " + value : value);
        }

        return string.Join(" ", parts);
    }
}
