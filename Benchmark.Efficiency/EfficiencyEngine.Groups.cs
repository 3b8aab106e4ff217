using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Benchmark.Municipalities;

namespace Benchmark.Efficiency;

public sealed partial class EfficiencyEngine
{
    /// <summary>
    /// The analyses of a set of municipalities (a DEA, an index), per engine (immutable), keyed by everything they depend
    /// on: the method, the year, the model or options (by reference, as records holding lists compare them), the group's
    /// label and its members. Every member of a peer group gets the same analysis, so a batch of reports solves each group
    /// once instead of once per member.
    /// </summary>
    private static readonly ConditionalWeakTable<BenchmarkEngine, ConcurrentDictionary<GroupKey, Lazy<object>>> GroupAnalyses = new();

    private T OfGroup<T>(string method, int year, object options, string group, IReadOnlyList<MunicipalityCode> members, Func<T> analyse)
        where T : class
    {
        var key = new GroupKey(method, year, options, group, string.Join(",", members));
        var analyses = GroupAnalyses.GetOrCreateValue(Engine);
        return (T)analyses.GetOrAdd(key, _ => new Lazy<object>(analyse, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private readonly record struct GroupKey(string Method, int Year, object Options, string Group, string Members);
}
