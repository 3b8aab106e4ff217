using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// The empty delivery workbook of a year: one row per municipality that exists in that year (code, name, year), one
/// column per delivered figure of the catalogue (headed by the first alias the importer knows), the definition, unit and
/// valid range as a note on each header, and data validation that refuses values outside the valid range.
/// </summary>
public static class DeliveryTemplate
{
    /// <summary>Writes the template of <paramref name="year"/> to <paramref name="output"/>.</summary>
    /// <param name="output">A writable stream (left open).</param>
    /// <param name="year">The year the figures are for.</param>
    /// <param name="catalog">The catalogue whose delivered figures (no formula) become columns.</param>
    /// <param name="registry">The municipalities; those that exist in <paramref name="year"/> get a row.</param>
    /// <param name="language">The language of the notes and messages.</param>
    public static void Write(Stream output, int year, IndicatorCatalog catalog, MunicipalityRegistry registry, Language language)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(registry);
        var figures = catalog.All.Where(i => i.Formula is null).ToList();
        var columns = new List<WorkbookColumn>
        {
            new("gemeentecode", -1),
            new("gemeentenaam", -1),
            new("jaar", 0),
        };
        columns.AddRange(figures.Select(i => Column(i, language)));
        var rows = registry.All.Where(m => m.ExistsIn(year)).OrderBy(m => m.Code)
            .Select(m => (IReadOnlyList<object?>)[m.Code.ToString(), m.Name, year]);
        WorkbookWriter.Write(output, year.ToString(CultureInfo.InvariantCulture), columns, rows);
    }

    private static WorkbookColumn Column(Indicator indicator, Language language)
    {
        var header = indicator.Aliases.Count > 0 ? Capitalised(indicator.Aliases[0]) : indicator.Code;
        var range = indicator.ValidRange;
        var rangeText = (range.Min, range.Max) switch
        {
            ({ } min, { } max) => LocalizedText.Format("Geldig: {0} t/m {1}.", "Valid: {0} to {1}.", min, max),
            ({ } min, null) => LocalizedText.Format("Geldig: minimaal {0}.", "Valid: at least {0}.", min),
            (null, { } max) => LocalizedText.Format("Geldig: maximaal {0}.", "Valid: at most {0}.", max),
            _ => LocalizedText.Empty,
        };
        var note = $"{indicator.Name.Get(language)} ({indicator.Code})\n{indicator.Description.Get(language)}\n{rangeText.Get(language)}".Trim();
        return new WorkbookColumn(header, indicator.Unit is Unit.Count ? 0 : 2)
        {
            Note = note,
            Min = range.Min,
            Max = range.Max,
            RangeMessage = LocalizedText.Format(
                "{0}: buiten het geldige bereik. {1}", "{0}: outside the valid range. {1}", indicator.Name.Get(language), rangeText.Get(language)).Get(language),
        };
    }

    private static string Capitalised(string alias) => alias.Length == 0 ? alias : char.ToUpperInvariant(alias[0]) + alias[1..];
}
