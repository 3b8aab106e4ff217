using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Store.Conversation;
using Benchmark.Store.Sharing;
using Benchmark.Store.Survey;

namespace Benchmark.Web.Reading;

/// <summary>
/// The report options of a read page and its PDF, made as <c>benchmark report --db</c> makes them: the store's dataset
/// versions as sources, its survey cells, explanations and agenda, and the store's anonymisation secret. Names are
/// printed only when the reader may see every name in the group (the coordinator; a circle's members in their circle);
/// otherwise every other municipality gets its anonymised label — the labels of <see cref="Visibility.NameDisplay"/>.
/// Survey aggregates and explanations pass the visibility rule like the figures: of an unpublished year only the
/// reader's own (the coordinator: all), so no peer median or talking point is made from figures the reader may not see.
/// </summary>
internal static class ReaderReports
{
    /// <summary>The options for <paramref name="reader"/>'s report on <paramref name="focus"/> in <paramref name="year"/> with <paramref name="peers"/>.</summary>
    /// <param name="reader">The reader (engine, names, language).</param>
    /// <param name="focus">The municipality.</param>
    /// <param name="year">The year.</param>
    /// <param name="peers">The peer group.</param>
    /// <param name="clock">The clock that dates the report (the site's: <c>SOURCE_DATE_EPOCH</c> when set).</param>
    public static ReportOptions Options(Reader reader, MunicipalityCode focus, int year, PeerGroupSpec peers, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var engine = reader.Engine ?? throw new InvalidOperationException("No engine.");
        var members = engine.Peers(year, peers, focus).Members;
        return Options(reader, members.Append(focus), clock) with { Peers = peers };
    }

    /// <summary>The options for a report showing <paramref name="shown"/>: anonymised unless the reader may see every one of their names.</summary>
    public static ReportOptions Options(Reader reader, IEnumerable<MunicipalityCode> shown, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var store = reader.Store;
        var anonymize = !shown.All(reader.Names.IsNamed);
        return ReportOptions.Default with
        {
            Language = reader.Language,
            Anonymize = anonymize,
            AnonymizationKey = anonymize ? store.Secret("anonymize") : null,
            Clock = clock,
            Sources = reader.Session?.Sources ?? [],
            Findings = reader.Session is { } session ? [.. session.Report.AllFindings] : [],
            Conversation = Conversation(reader),
        };
    }

    /// <summary>The store's survey aggregates, explanations and agenda as <paramref name="reader"/> may see them.</summary>
    public static ReportConversation Conversation(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var store = reader.Store;
        var published = store.PublishedYears();
        bool Visible(MunicipalityCode m, int year) => Benchmark.Store.Sharing.Visibility.MaySeeFigures(reader.Account, m, year, published);
        return new ReportConversation
        {
            SurveyCells = [.. store.SurveyCells().Where(c => Visible(c.Municipality, c.Year))],
            Explanations = [.. store.Explanations().Where(e => Visible(e.Municipality, e.Year))],
            Agenda = store.AgendaItems(),
        };
    }
}
