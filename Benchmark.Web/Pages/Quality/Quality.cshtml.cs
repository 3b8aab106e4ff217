using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Validation;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Quality;

/// <summary>
/// Data quality for analysts: per stored version of the year, the findings on the municipality's own rows (line, column,
/// value as written, message and hint) and its rows in the quarantine; and the figures to look at again — values the
/// engine flags as outliers (robust z) or missing.
/// </summary>
[Authorize(Policy = Policies.Uploader)]
internal sealed class QualityModel(Reader reader, WebOptions options) : ReadPage(reader, options)
{
    /// <summary>The municipality.</summary>
    public MunicipalityCode Focus { get; private set; }

    /// <summary>The versions covering the year, with the findings on the municipality's rows and its quarantined rows.</summary>
    public IReadOnlyList<(DatasetVersion Version, IReadOnlyList<Finding> Findings, int Quarantined)> Versions { get; private set; } = [];

    /// <summary>Positions flagged as outlier or missing.</summary>
    public IReadOnlyList<IndicatorPosition> ToCheck { get; private set; } = [];

    /// <summary>The quality of <paramref name="code"/> (default: the reader's own) in <paramref name="year"/>.</summary>
    public IActionResult OnGet(string? code, int? year)
    {
        if (!Resolve(code, year, null, out var focus))
        {
            return Page();
        }

        Focus = focus;
        var engine = Reader.Engine!;
        var lines = engine.Data.Observations
            .Where(o => o.Municipality == focus && o.Source.File is not null)
            .Select(o => (Path.GetFileName(o.Source.File!), o.Source.Line))
            .ToHashSet();
        var prefix = focus + ";";
        Versions = [.. Reader.Store.Versions()
            .Where(v => v.Status != DatasetVersionStatus.Rejected && v.Years.Contains(Year))
            .Select(v => Reader.Store.Get(v.Id))
            .OfType<DatasetVersionDetails>()
            .Select(d =>
            {
                var quarantined = d.Quarantine.Where(q => q.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || q.Text.StartsWith(focus + ",", StringComparison.OrdinalIgnoreCase)).ToList();
                var findings = d.AllFindings
                    .Where(f => f.File is not null && lines.Contains((Path.GetFileName(f.File), f.Line)))
                    .Concat(quarantined.SelectMany(q => q.Reasons))
                    .Distinct()
                    .ToList();
                return (d.Version, (IReadOnlyList<Finding>)findings, quarantined.Count);
            })];
        ToCheck = [.. engine.Compare(Year, focus).Positions.Where(p => p.Has(PositionFlags.Outlier) || p.Has(PositionFlags.Missing))];
        return Page();
    }
}
