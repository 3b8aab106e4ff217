namespace Benchmark.Reports.Model;

/// <summary>One indicator in the summary table, every figure already formatted for the report's language.</summary>
/// <param name="Code">The indicator code (not printed).</param>
/// <param name="Indicator">The indicator name.</param>
/// <param name="Value">The municipality's value.</param>
/// <param name="Median">The peer median.</param>
/// <param name="Interquartile">Q1–Q3 of the peer group.</param>
/// <param name="Rank">"r/n", 1 = best in the indicator's direction.</param>
/// <param name="Quartile">Quartile position 1–4 (1 = best, or lowest for neutral indicators); 0 when unranked.</param>
/// <param name="Tone">The colour of the value and quartile marker.</param>
/// <param name="Arrow">The direction of the change since the previous year.</param>
/// <param name="ArrowTone">The colour of the arrow: better or worse for directional indicators, neutral otherwise.</param>
/// <param name="Change">The change since the previous year, signed.</param>
/// <param name="Flags">Short words for what the reader must know (suppressed, series break, outlier, …).</param>
public sealed record SummaryRow(
    string Code,
    string Indicator,
    string Value,
    string Median,
    string Interquartile,
    string Rank,
    int Quartile,
    Tone Tone,
    ChangeArrow Arrow,
    Tone ArrowTone,
    string Change,
    string Flags);
