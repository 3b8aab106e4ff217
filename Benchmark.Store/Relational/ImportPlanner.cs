using Benchmark.Data;
using Benchmark.Import.Reading;
using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>
/// Decides what an import stores: everything (no errors), nothing but the report (errors, the default), or — with
/// <see cref="StoreImportOptions.AcceptValidRows"/> — every row without an error finding, while each row with one goes
/// to the quarantine as a whole, with its text and reasons.
/// </summary>
/// <remarks>
/// An error that is not located on a data row (an unreadable file, a header problem, a finding about the data as a
/// whole) rejects the file as a whole even with <see cref="StoreImportOptions.AcceptValidRows"/>: there is no row to
/// quarantine, and the file's structure cannot be trusted.
/// </remarks>
internal static class ImportPlanner
{
    /// <summary>Plans the write of one validated file.</summary>
    /// <param name="request">The file and how to import it.</param>
    /// <param name="raw">Every value read (<see cref="Benchmark.Import.ImportResult.Dataset"/>).</param>
    /// <param name="report">The validation report of the file, with its accepted dataset.</param>
    public static SavePlan Plan(ImportRequest request, Dataset raw, ValidationReport report)
    {
        var file = report.Files.Single();
        var errors = report.AllFindings.Where(f => f.IsError).ToList();
        var plan = new SavePlan(
            request.FileName, request.Sha256, request.ImportedBy, DatasetVersionStatus.Stored, raw.Years, raw.Indicators,
            file.RowsRead, file.RowsRead, 0, file, report.Findings, [], []);
        if (errors.Count == 0)
        {
            return plan with { Observations = Stored(raw, report.Dataset, []) };
        }

        var rejected = plan with { Status = DatasetVersionStatus.Rejected, RowsAccepted = 0, RowsRejected = file.RowsRead };
        if (!request.AcceptValidRows || file.Format is null)
        {
            return rejected;
        }

        // The importer's own decoding and records: a workbook as the rows the reader saw, a text file as written.
        var text = SourceRecords.Of(request.ReadBytes(), file.Format, request.MaxRecordSize);
        if (text is null)
        {
            return rejected;
        }

        var dataLines = text.DataRecordLines.ToHashSet();
        if (!errors.TrueForAll(f => f.File == request.FileName && dataLines.Contains(f.Line)))
        {
            return rejected;
        }

        var quarantine = errors
            .GroupBy(f => f.Line)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var (count, rowText) = text.Record(g.Key);
                return new QuarantinedRow(g.Key, count, rowText, [.. g]);
            })
            .ToList();
        var excluded = quarantine.Select(q => q.Line).ToHashSet();
        return plan with
        {
            Status = DatasetVersionStatus.PartiallyStored,
            RowsAccepted = file.RowsRead - quarantine.Count,
            RowsRejected = quarantine.Count,
            Observations = Stored(raw, report.Dataset, excluded),
            Quarantine = quarantine,
        };
    }

    /// <summary>
    /// The raw observations to store, one per municipality × year × indicator, ordered by year, indicator and municipality:
    /// the one validation accepted, unless its row is quarantined (an equal repeat elsewhere is then not promoted: only
    /// what validation accepted is stored); and a missing value that validation replaced by a computed one (so it stays
    /// missing, not absent, and is computed again on load).
    /// </summary>
    private static List<Observation> Stored(Dataset raw, Dataset accepted, HashSet<int> excludedLines)
    {
        // Both datasets are ordered by (indicator code, year, municipality): walk them side by side.
        var result = new List<Observation>(accepted.Count);
        var candidates = new List<Observation>();
        var next = 0;
        var i = 0;
        while (i < raw.Count)
        {
            var first = raw[i];
            candidates.Clear();
            for (var o = first; i < raw.Count && Compare(o = raw[i], first) == 0; i++)
            {
                if (!excludedLines.Contains(o.Source.Line))
                {
                    candidates.Add(o);
                }
            }

            while (next < accepted.Count && Compare(accepted[next], first) < 0)
            {
                next++;
            }

            if (candidates.Count > 0 && next < accepted.Count && accepted[next] is var chosen && Compare(chosen, first) == 0)
            {
                Choose(chosen, candidates, result);
            }
        }

        result.Sort((a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year)
            : a.Indicator != b.Indicator ? string.CompareOrdinal(a.Indicator, b.Indicator)
            : a.Municipality.CompareTo(b.Municipality));
        return result;
    }

    private static void Choose(Observation chosen, List<Observation> candidates, List<Observation> result)
    {
        if (chosen.Source.File is not null)
        {
            if (candidates.Contains(chosen))
            {
                result.Add(chosen);
            }
        }
        else if (candidates[0].IsMissing)
        {
            result.Add(candidates[0]);
        }
    }

    /// <summary>The order of <see cref="Dataset"/>: indicator code (ordinal), year, municipality.</summary>
    private static int Compare(Observation a, Observation b)
    {
        var c = string.CompareOrdinal(a.Indicator, b.Indicator);
        return c != 0 ? c : a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Municipality.CompareTo(b.Municipality);
    }
}
