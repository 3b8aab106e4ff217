using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>How <see cref="StoreImporter"/> imports a file. Every default is the safe one.</summary>
public sealed record StoreImportOptions
{
    /// <summary>The defaults: built-in catalogue and reference, reject a file with errors as a whole, imported by the current user.</summary>
    public static StoreImportOptions Default { get; } = new();

    /// <summary>How the file is read: catalogue, municipality reference, decimal convention, year range.</summary>
    public ImportOptions Import { get; init; } = ImportOptions.Default;

    /// <summary>Validation thresholds; the defaults with the year range of <see cref="Import"/> when <see langword="null"/>.</summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>
    /// Store the valid rows of a file with errors (the CLI's <c>--accept-valid-rows</c>). A row with any error finding goes
    /// to the quarantine as a whole, with its text and reasons; every other row is stored with all its values. Errors that
    /// belong to no data row (unreadable file, header problems) still reject the file as a whole. Default: off — a file
    /// with errors is rejected as a whole.
    /// </summary>
    public bool AcceptValidRows { get; init; }

    /// <summary>
    /// Only rows of this municipality may be stored (an analyst's upload): a row of another municipality is a
    /// <c>scope.other-municipality</c> error naming the row. <see langword="null"/> (the default): every municipality.
    /// </summary>
    public MunicipalityCode? OnlyMunicipality { get; init; }

    /// <summary>The file name kept with the version and shown in findings; the path as given when <see langword="null"/> (a web upload read from a temporary file gives its own name).</summary>
    public string? FileName { get; init; }

    /// <summary>Who imports: a name or label kept with the version; <see cref="Environment.UserName"/> when <see langword="null"/>.</summary>
    public string? ImportedBy { get; init; }
}
