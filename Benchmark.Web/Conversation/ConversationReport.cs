using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Web.Reading;

namespace Benchmark.Web.Conversation;

/// <summary>
/// The municipality report behind the survey and explanation pages: the composer of <c>benchmark report</c> and the PDF
/// with the reader's options (<see cref="ReaderReports"/>), kept a short while in the <see cref="ReportCache"/>, so the
/// pages show the PDF's numbers.
/// </summary>
internal static class ConversationReport
{
    /// <summary>The report of <paramref name="focus"/> in <paramref name="year"/> with <paramref name="peers"/> as <paramref name="reader"/> may see it.</summary>
    public static MunicipalityReport Of(Reader reader, ReportCache cache, MunicipalityCode focus, int year, PeerGroupSpec peers, TimeProvider clock)
    {
        var engine = reader.Engine ?? throw new InvalidOperationException("No engine.");
        var options = ReaderReports.Options(reader, focus, year, peers, clock) with { Efficiency = false };
        var key = string.Join('|', "conversation", focus, year, peers, options.Language, options.Anonymize);
        return cache.Get(engine, key, () => MunicipalityReportComposer.Compose(engine, focus, year, options));
    }
}
