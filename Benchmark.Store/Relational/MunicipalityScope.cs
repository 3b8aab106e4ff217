using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>
/// Restricts a file to one municipality (an analyst's upload): every row of another municipality gets an error finding
/// that names the row, so that it is rejected with the file, or quarantined when the valid rows are accepted.
/// </summary>
internal static class MunicipalityScope
{
    public static ValidationReport Restrict(ValidationReport report, Dataset raw, MunicipalityCode only, MunicipalityRegistry registry)
    {
        var file = report.Files.Single();
        var foreign = raw.Observations.Where(o => o.Municipality != only && o.Source.Line > 0)
            .GroupBy(o => o.Source.Line)
            .OrderBy(g => g.Key)
            .Select(g => Finding(file.Path, g.Key, g.First().Municipality, only, registry))
            .ToList();
        if (foreign.Count == 0)
        {
            return report;
        }

        return report with { Files = [file with { Findings = [.. file.Findings, .. foreign] }] };
    }

    private static Finding Finding(string path, int line, MunicipalityCode code, MunicipalityCode only, MunicipalityRegistry registry)
    {
        var name = registry.Find(code)?.Name ?? code.ToString();
        var own = registry.Find(only)?.Name ?? only.ToString();
        return new Finding(
            Severity.Error,
            Rules.OtherMunicipality,
            path,
            line,
            null,
            code.ToString(),
            LocalizedText.Format(
                "Regel {0} bevat cijfers van {1} ({2}); u levert alleen aan voor {3} ({4}).",
                "Line {0} holds figures of {1} ({2}); you deliver only for {3} ({4}).",
                line, code, name, only, own),
            new LocalizedText(
                "Haal de rijen van andere gemeenten uit het bestand, of vraag de coördinator het bestand aan te leveren.",
                "Remove the rows of other municipalities from the file, or ask the coordinator to upload it."));
    }
}
