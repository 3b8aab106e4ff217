using Benchmark.Municipalities;

namespace Benchmark.Samples;

/// <summary>
/// Generates the synthetic sample files of <c>samples/</c>: realistic, reproducible benchmark data for every municipality
/// of a registry. Every indicator value is synthetic; only the municipalities (codes, names, inhabitants, area) are real.
/// </summary>
/// <remarks>
/// <para>
/// The wide files (<c>benchmark-YYYY.csv</c>, one per year) follow Dutch conventions as exported from Vensters or Dutch
/// Excel: <c>;</c> separator, decimal comma, UTF-8 with byte order mark, CRLF line endings, first columns
/// <c>gemeentecode;gemeentenaam;jaar</c>, then one column per raw and structural figure of the catalogue under a Dutch
/// alias, and the BBV overhead percentage given directly (rounded to one decimal, consistent with its components).
/// The long files (<c>long/</c>) hold a few ratios for a subset of municipalities in the last two years, once in Dutch
/// and once in English conventions.
/// </para>
/// <para>
/// Values depend on size and are correlated within a municipality through a latent efficiency factor that persists
/// across years; costs follow a price index; about 2–3 % of the figures are missing; <c>running_costs</c> includes
/// material costs from 2022 (the catalogue's series break); and a handful of valid outliers are planted. See
/// <c>samples/README.md</c>.
/// </para>
/// <para>
/// Output is byte-for-byte reproducible on any machine: <see cref="System.Random"/> seeded from <see cref="SampleOptions.Seed"/>
/// (mixed with code and year, never a hash code), exp and log computed from IEEE arithmetic only, and number formats
/// pinned in code. Core does no file I/O: the caller writes the returned bytes (<c>benchmark samples --out DIR</c>).
/// </para>
/// </remarks>
public static class SampleGenerator
{
    /// <summary>Generates every sample file: the wide file of each year, then the two long examples.</summary>
    /// <param name="registry">The municipalities to generate data for; each appears once in every year it exists in.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="SampleOptions.Default"/>.</param>
    /// <returns>The files in a fixed order, with paths relative to the samples folder.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentException">When the options are inconsistent (years reversed, a rate outside 0–1, a negative count).</exception>
    public static IReadOnlyList<SampleFile> Generate(MunicipalityRegistry registry, SampleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        options ??= SampleOptions.Default;
        Check(options);

        var profiles = registry.All.Select(m => ProfileFactory.Create(m, options.Seed)).ToList();
        var files = new List<SampleFile>();
        var byYear = new Dictionary<int, List<(MunicipalityProfile Profile, YearFigures Figures)>>();
        for (var year = options.FirstYear; year <= options.LastYear; year++)
        {
            var rows = profiles
                .Where(p => p.Municipality.ExistsIn(year))
                .Select(p => (p, SampleModel.Figures(p, year, options)))
                .ToList();
            byYear[year] = rows;
            files.Add(new SampleFile(WideSampleWriter.FileName(year), WideSampleWriter.Write(year, rows, options)));
        }

        var longYears = Enumerable.Range(Math.Max(options.FirstYear, options.LastYear - 1), Math.Min(2, options.LastYear - options.FirstYear + 1)).ToList();
        var chosen = ChooseForLong(profiles, longYears, options.LongSampleMunicipalities);
        var longRows = byYear
            .Where(kv => longYears.Contains(kv.Key))
            .SelectMany(kv => kv.Value)
            .Where(row => chosen.Contains(row.Profile.Municipality.Code))
            .OrderBy(row => row.Profile.Municipality.Code)
            .ThenBy(row => row.Figures.Year)
            .Select(row => (row.Profile.Municipality.Code.ToString(), row.Figures))
            .ToList();
        files.Add(new SampleFile(LongSampleWriter.DutchFileName(longYears[0], longYears[^1]), LongSampleWriter.WriteDutch(longRows)));
        files.Add(new SampleFile(LongSampleWriter.EnglishFileName, LongSampleWriter.WriteEnglish(longRows)));
        var surveyed = byYear[options.LastYear].Where(row => options.SurveyMunicipalities.Contains(row.Profile.Municipality.Code.ToString())).ToList();
        if (surveyed.Count > 0)
        {
            files.Add(new SampleFile(RespondentSampleWriter.FileName(options.LastYear), RespondentSampleWriter.Write(options.LastYear, surveyed, options)));
        }

        return files;
    }

    /// <summary>The G4 first, then municipalities spread evenly over the registry, up to <paramref name="count"/>.</summary>
    private static HashSet<MunicipalityCode> ChooseForLong(List<MunicipalityProfile> profiles, List<int> years, int count)
    {
        var eligible = profiles.Where(p => years.All(p.Municipality.ExistsIn)).ToList();
        var chosen = eligible.Where(p => p.IsG4).Take(count).Select(p => p.Municipality.Code).ToHashSet();
        var others = eligible.Where(p => !p.IsG4).ToList();
        var wanted = Math.Min(count - chosen.Count, others.Count);
        for (var i = 0; i < wanted; i++)
        {
            chosen.Add(others[i * others.Count / wanted].Municipality.Code);
        }

        return chosen;
    }

    private static void Check(SampleOptions options)
    {
        if (options.FirstYear > options.LastYear)
        {
            throw new ArgumentException($"FirstYear ({options.FirstYear}) must not be after LastYear ({options.LastYear}).", nameof(options));
        }

        if (options.FirstYear < 1900 || options.LastYear > 2200)
        {
            throw new ArgumentException("The years must lie within 1900–2200.", nameof(options));
        }

        if (options.MissingRate is not (>= 0 and <= 0.25))
        {
            throw new ArgumentException($"MissingRate ({options.MissingRate}) must lie within 0–0.25.", nameof(options));
        }

        if (options.LongSampleMunicipalities < 0)
        {
            throw new ArgumentException("LongSampleMunicipalities must not be negative.", nameof(options));
        }

    }
}
