using Benchmark.Internal;
using Benchmark.Data;
using Benchmark.Validation.Checks;

namespace Benchmark.Validation;

/// <summary>
/// Dataset-level validation: takes the raw dataset and file reports of an import, applies the rules that need more than
/// one value, and returns the accepted dataset with every finding.
/// </summary>
/// <remarks>
/// <para>The rules run in this fixed order (ids in <see cref="Rules"/>, thresholds in <see cref="ValidationOptions"/>):</para>
/// <list type="number">
/// <item>Ranges from the catalogue: <see cref="Rules.OutOfRange"/> (error), <see cref="Rules.PlaceholderZero"/> and
/// <see cref="Rules.Implausible"/> (warnings). Indicators the catalogue lacks are left alone.</item>
/// <item>Duplicates: <see cref="Rules.DuplicateConflict"/> rejects every occurrence of a key with differing values;
/// <see cref="Rules.DuplicateRepeat"/> flags later repeats of an equal value, the first is kept.</item>
/// <item>Consistency on the values still accepted: <see cref="Rules.PartExceedsWhole"/> (error, rejects the part),
/// <see cref="Rules.StaffedAboveEstablishment"/> and <see cref="Rules.DerivedMismatch"/> (warnings).</item>
/// <item>Derived indicators computed from accepted inputs where the files do not give them (see
/// <see cref="Derivation.DerivedValues"/>; <c>inhabitants</c> falls back on the municipality reference).</item>
/// <item>Plausibility: <see cref="Rules.SurveyBelowThreshold"/>, <see cref="Rules.Outlier"/> (robust z within a year) and
/// <see cref="Rules.YearOnYearJump"/> (skipped across a series break), all warnings.</item>
/// <item>Completeness: <see cref="Rules.Coverage"/> info findings and <see cref="ValidationReport.Coverage"/>.</item>
/// </list>
/// <para>
/// Errors reject values; warnings and infos keep them. Missing values (NaN) are not errors and stay in the accepted
/// dataset as missing, unless a computed value replaces them. Bad data never throws.
/// </para>
/// </remarks>
public static class DatasetValidator
{
    private static readonly IValidationStep[] Steps =
    [
        new RangeCheck(),
        new DuplicateCheck(),
        new PartWholeCheck(),
        new StaffingCheck(),
        new DerivedMismatchCheck(),
        new DerivationStep(),
    ];

    // Warnings and infos only: they read the state and add findings, so they run side by side on large data.
    private static readonly IValidationStep[] ReadOnlySteps =
    [
        new SurveyCheck(),
        new OutlierCheck(),
        new YearOnYearCheck(),
        new CoverageCheck(),
    ];

    /// <summary>Validates a raw dataset and merges the findings into the file reports.</summary>
    /// <param name="raw">
    /// Every value read (missing values as NaN, duplicates kept in file order), each with its <see cref="SourceLocation"/>.
    /// </param>
    /// <param name="files">One report per file, with the findings of reading.</param>
    /// <param name="context">Catalogue, municipality reference, thresholds and accepted data of earlier years.</param>
    /// <returns>
    /// The file reports with the new findings merged in (to the report whose <see cref="FileReport.Path"/> equals the
    /// finding's file; ordered by line, then column), findings that belong to no given file, the accepted dataset and
    /// the coverage figures.
    /// </returns>
    /// <exception cref="ArgumentNullException">When an argument, or the context's catalogue, reference or options, is null.</exception>
    public static ValidationReport Validate(Dataset raw, IReadOnlyList<FileReport> files, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(context.Catalog, "context.Catalog");
        ArgumentNullException.ThrowIfNull(context.Municipalities, "context.Municipalities");
        ArgumentNullException.ThrowIfNull(context.Options, "context.Options");

        var state = new ValidationState(raw, context);
        foreach (var step in Steps)
        {
            step.Run(state);
        }

        state.RunReadOnly(ReadOnlySteps, concurrently: raw.Count >= Parallelism.From);

        var (reports, general) = Distribute(files, state.Findings);
        var report = new ValidationReport(reports, state.BuildAccepted(), general) { Coverage = state.Coverage };
        LargeDataMemory.Release(raw.Count);
        return report;
    }

    private static (List<FileReport> Files, List<Finding> General) Distribute(IReadOnlyList<FileReport> files, IReadOnlyList<Finding> findings)
    {
        var byFile = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            byFile.TryAdd(file.Path, []);
        }

        var unmatched = new List<Finding>();
        var general = new List<Finding>();
        foreach (var finding in findings)
        {
            if (finding.File is null)
            {
                general.Add(finding);
            }
            else if (byFile.TryGetValue(finding.File, out var list))
            {
                list.Add(finding);
            }
            else
            {
                unmatched.Add(finding);
            }
        }

        var reports = new List<FileReport>(files.Count);
        var merged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var mine = byFile[file.Path];
            reports.Add(mine.Count == 0 || !merged.Add(file.Path)
                ? file
                : file with { Findings = [.. InFileOrder(file.Findings.Concat(mine))] });
        }

        return (reports, [.. InFileOrder(unmatched), .. general]);
    }

    /// <summary>By file, line, then column (row-level findings first); stable, so equal places keep rule order.</summary>
    private static IOrderedEnumerable<Finding> InFileOrder(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column is null ? 0 : 1)
            .ThenBy(f => f.Column, StringComparer.Ordinal);
}
