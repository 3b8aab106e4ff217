using Benchmark.Data;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Reports.Composition;

/// <summary>How a report is composed. Every default is the documented one; change with <c>with { … }</c>.</summary>
public sealed record ReportOptions
{
    /// <summary>The default options: Dutch, names shown, size-class peers, the system clock.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The language of every text and number in the report. Default Dutch.</summary>
    public Language Language { get; init; } = Language.Dutch;

    /// <summary>
    /// Whether every municipality other than the focus appears as a stable letter ("Gemeente A", by code order) in
    /// tables, charts, partner lists and metadata. Default <see langword="false"/>.
    /// </summary>
    public bool Anonymize { get; init; }

    /// <summary>The peer-group method of a municipality report. Default size class.</summary>
    public PeerGroupSpec Peers { get; init; } = PeerGroupSpec.Default;

    /// <summary>The clock that dates the report (cover and PDF metadata): inject a fixed one for reproducible bytes.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The datasets the figures come from, printed on the cover and in the appendix.</summary>
    public IReadOnlyList<DatasetSource> Sources { get; init; } = [];

    /// <summary>Findings of the data validation; those on the focus municipality's rows are listed in the appendix.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Whether the report has the efficiency page (DEA, expected value given structure, composite index). Default <see langword="true"/>.</summary>
    public bool Efficiency { get; init; } = true;

    /// <summary>Experience survey, explanations and learning agenda: extra pages and notes. Default none.</summary>
    public ReportConversation Conversation { get; init; } = ReportConversation.Empty;

    /// <summary>The author in the PDF metadata.</summary>
    public string Author { get; init; } = "Benchmark";

    /// <summary>
    /// The secret that draws the anonymized labels (see <see cref="Anonymize"/>): the same key gives a municipality the
    /// same label in every report. <see langword="null"/>: a fresh random key per report. Never printed.
    /// </summary>
    public string? AnonymizationKey { get; init; }
}
