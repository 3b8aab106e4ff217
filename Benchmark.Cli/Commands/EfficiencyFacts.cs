using Benchmark.Efficiency;
using Benchmark.Municipalities;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Cli.Commands;

/// <summary>
/// The facts that <c>efficiency</c>, <c>efficiency --expected</c> and <c>index</c> print above their tables, in the
/// reader's language for people (machine output keeps the invariant English form).
/// </summary>
internal static class EfficiencyFacts
{
    /// <summary>The set of municipalities analysed: the focus's peer group by its name, or all municipalities.</summary>
    public static object Group(EfficiencyEngine engine, int year, MunicipalityCode? focus, PeerGroups.PeerGroupSpec? peers, string invariant)
    {
        if (focus is not { } f)
        {
            return new LocalizedText("alle gemeenten", invariant);
        }

        var group = engine.Engine.Peers(year, peers ?? PeerGroups.PeerGroupSpec.Default, f);
        return new LocalizedText($"{group.Spec} ({group.Name.Nl})", invariant);
    }

    /// <summary>Who was left out and why, one message per municipality; <see langword="null"/> when nobody was.</summary>
    public static object? LeftOut(IReadOnlyList<Finding> findings) =>
        findings.Count == 0
            ? null
            : new LocalizedText(string.Join(" ", findings.Select(f => f.Message.Nl)), string.Join("; ", findings.Select(f => f.Value)));
}
