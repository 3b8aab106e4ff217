using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Comparison;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark compare GMxxxx --year N</c>: one row per indicator with the municipality's position in its peer group.</summary>
internal sealed class CompareCommand(CliEnvironment env) : AnalysisCommand<CompareSettings>(env)
{
    protected override ResultTable Build(AnalysisSession session, CompareSettings settings)
    {
        var code = session.ResolveMunicipality(settings.Municipality);
        var year = session.ResolveYear(settings.Year);
        return Table(session.Engine.Compare(year, settings.PeerSpec, code), settings.Lang);
    }

    /// <summary>The result table of a comparison (shared with <c>benchmark demo</c>).</summary>
    internal static ResultTable Table(MunicipalityComparison comparison, Language lang) =>
        ComparisonResult.Table(comparison, lang);
}
