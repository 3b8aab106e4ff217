using Benchmark.Text;

namespace Benchmark.Import.Headers;

/// <summary>Why a known column is not read from a data file, for the info finding that says so.</summary>
internal static class IgnoredColumns
{
    /// <summary>The reason <paramref name="role"/> is not read, or <see langword="null"/> when data files read it.</summary>
    public static LocalizedText? Reason(ColumnRole role) => role switch
    {
        ColumnRole.Province => new("provincies komen uit de gemeentereferentie.", "provinces come from the municipality reference."),
        ColumnRole.Unit => new("eenheden komen uit de indicatorcatalogus.", "units come from the indicator catalogue."),
        ColumnRole.Source => new("de bron wordt niet bewaard.", "the source is not kept."),
        ColumnRole.ValidFrom or ColumnRole.ValidTo => new(
            "het bestaan van gemeenten komt uit de gemeentereferentie (--municipalities).",
            "when municipalities exist comes from the municipality reference (--municipalities)."),
        _ => null,
    };

    /// <summary>Why a figure column is not read from a long file.</summary>
    public static LocalizedText FigureInLongFile { get; } = new(
        "in een lang bestand komen de gegevens uit de kolommen indicator en waarde.",
        "in a long file the data come from the indicator and value columns.");
}
