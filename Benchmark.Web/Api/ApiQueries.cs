using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Benchmark.Web.Reading;

namespace Benchmark.Web.Api;

/// <summary>The answers of the API, computed with the engine over what the caller may see (<see cref="Reader.Engine"/>).</summary>
internal static class ApiQueries
{
    public static IReadOnlyList<ApiDataset> Datasets(Reader reader)
    {
        var years = reader.VisibleYears(reader.Own).ToHashSet();
        return [.. reader.Store.Versions()
            .Where(v => v.Years.Any(years.Contains))
            .Select(v => new ApiDataset(v.Id, Path.GetFileName(v.FileName), v.Sha256, v.ImportedAt, v.Status.ToString().ToLowerInvariant(), [.. v.Years.Where(years.Contains)], v.RowsAccepted, v.RowsRejected))];
    }

    public static IReadOnlyList<ApiIndicator> Indicators(Reader reader) =>
        [.. Engine(reader).ComparableIndicators.Select(i => new ApiIndicator(i.Code, i.Name.Get(reader.Language), i.Unit.ToString(), i.Direction.ToString()))];

    public static IReadOnlyList<ApiMunicipality> Municipalities(Reader reader, int? year)
    {
        var engine = Engine(reader);
        var y = Year(reader, year, null);
        var names = new ApiNames(reader);
        return [.. engine.Data.Municipalities.Where(m => engine.Data.Years.Contains(y)).Select(names.Of).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<ApiStatistics> Statistics(Reader reader, string indicator, int? year, string? group)
    {
        var engine = Engine(reader);
        var code = Indicator(engine, indicator);
        var y = Year(reader, year, null);
        return [.. Groups(reader, engine, y, group).Select(g => Stats(engine.Statistics(code, y, g), reader.Language))];
    }

    public static IReadOnlyList<ApiPosition> Positions(Reader reader, string municipality, int? year, string? group)
    {
        var engine = Engine(reader);
        var focus = new ApiNames(reader).Resolve(municipality);
        var y = Year(reader, year, focus);
        var comparison = engine.Compare(y, Spec(reader, group), focus);
        return [.. comparison.Positions.Select(p => new ApiPosition(
            p.Indicator.Code,
            N(p.Value),
            p.Rank > 0 ? p.Rank : null,
            p.Rank > 0 ? p.RankedCount : null,
            p.Rank > 0 ? N(p.PercentRank) : null,
            p.Quartile > 0 ? p.Quartile : null,
            Stats(p.Group, reader.Language),
            p.Flags.ToString()))];
    }

    public static IReadOnlyList<ApiLeagueTable> League(Reader reader, string indicator, int? year, string? group, string? municipality)
    {
        var engine = Engine(reader);
        var code = Indicator(engine, indicator);
        var names = new ApiNames(reader);
        MunicipalityCode? focus = municipality is null ? null : names.Resolve(municipality);
        var y = Year(reader, year, focus);
        var groups = focus is { } f ? [ComparisonGroup.From(engine.Peers(y, Spec(reader, group), f))] : Groups(reader, engine, y, group);
        return [.. groups.Select(g =>
        {
            var table = engine.Rank(code, y, g, focus);
            var entries = table.Statistics.IsSuppressed ? [] : table.Entries.Select(e => new ApiLeagueEntry(e.Rank > 0 ? e.Rank : null, names.Of(e.Municipality), N(e.Value))).ToList();
            return new ApiLeagueTable(indicator, y, Stats(table.Statistics, reader.Language), entries);
        })];
    }

    public static IReadOnlyList<ApiPartner> Partners(Reader reader, string municipality, int? year, string? indicator, string? group)
    {
        var engine = Engine(reader);
        var names = new ApiNames(reader);
        var focus = names.Resolve(municipality);
        var y = Year(reader, year, focus);
        var spec = Spec(reader, group);
        var partners = indicator is null ? engine.Partners(y, spec, focus) : engine.Partners(Indicator(engine, indicator), y, spec, focus);
        return [.. partners.Select(p => new ApiPartner(p.Indicator, names.Of(p.Municipality), N(p.Value), p.Rank, N(p.Distance), p.Role.Code()))];
    }

    private static ApiStatistics Stats(GroupStatistics s, Language language) => s.Values is { } v && !s.IsSuppressed
        ? new(s.Group.Name.Get(language), s.Group.Count, s.ValueCount, N(v.Median), N(v.Q1), N(v.Q3), N(v.Mean), N(v.Min), N(v.Max), null)
        : new(s.Group.Name.Get(language), s.Group.Count, s.ValueCount, null, null, null, null, null, null, s.SuppressionReason?.Get(language) ?? string.Empty);

    private static double? N(double value) => double.IsFinite(value) ? value : null;

    private static BenchmarkEngine Engine(Reader reader) =>
        reader.Engine ?? throw new ApiProblemException(ReadProblem.NotFound("Er zijn nog geen cijfers die u mag zien.", "There are no figures yet that you may see."));

    private static IndicatorCode Indicator(BenchmarkEngine engine, string code) =>
        IndicatorCode.TryParse(code, out var parsed) && engine.ComparableIndicators.Any(i => i.Code == parsed)
            ? parsed
            : throw new ApiProblemException(ReadProblem.NotFound($"Er is geen indicator ‘{code}’ (zie /api/v1/indicators).", $"There is no indicator ‘{code}’ (see /api/v1/indicators)."));

    private static int Year(Reader reader, int? year, MunicipalityCode? focus)
    {
        var y = reader.Year(year, focus, out var problem);
        ApiProblemException.ThrowIf(problem);
        return y!.Value;
    }

    private static PeerGroupSpec Spec(Reader reader, string? group)
    {
        var spec = reader.Peers(group, out var problem);
        ApiProblemException.ThrowIf(problem);
        return spec!;
    }

    private static IReadOnlyList<ComparisonGroup> Groups(Reader reader, BenchmarkEngine engine, int year, string? group)
    {
        var spec = Spec(reader, group);
        return spec.Kind == PeerGroupKind.Nearest
            ? throw new ApiProblemException(ReadProblem.BadRequest("Een groep ‘nearest’ hoort bij één gemeente: geef municipality=….", "A ‘nearest’ group belongs to one municipality: give municipality=…."))
            : engine.Groups(year, spec);
    }
}
