using Benchmark.Import;
using Benchmark.PeerGroups;

namespace Benchmark.Store.Analysis;

/// <summary>Where an <see cref="AnalysisSession"/> takes its data from and how it builds the engine.</summary>
/// <remarks>
/// Give either <see cref="Inputs"/> (compute from CSV or workbook files) or <see cref="OpenStore"/> (read the stored,
/// active data, optionally <see cref="AsOf"/> a version). Paths are shown in messages as given and read through
/// <see cref="ResolvePath"/>.
/// </remarks>
public sealed record AnalysisSessionOptions
{
    /// <summary>The data files to compute from (wide or long, several years together); empty: read the store.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Opens the store to read when <see cref="Inputs"/> is empty; the session disposes it after loading.</summary>
    public Func<IDatasetStore>? OpenStore { get; init; }

    /// <summary>
    /// An open store to read when <see cref="Inputs"/> is empty, owned by the caller (not disposed; a web site keeps one
    /// store for all requests); takes precedence over <see cref="OpenStore"/>.
    /// </summary>
    public IDatasetStore? Store { get; init; }

    /// <summary>Read the store as it was after this dataset version; <see langword="null"/>: the latest.</summary>
    public long? AsOf { get; init; }

    /// <summary>A file of named groups (learning circles, columns <c>groep;gemeentecode</c>), or <see langword="null"/>.</summary>
    public string? GroupsFile { get; init; }

    /// <summary>Named groups already read (the learning circles a web site keeps in its store); <see cref="GroupsFile"/> is then not read.</summary>
    public NamedGroups? Groups { get; init; }

    /// <summary>The peer-group method the caller will use; a named group (<c>group:NAME</c>) needs <see cref="GroupsFile"/>.</summary>
    public PeerGroupSpec Peers { get; init; } = PeerGroupSpec.Default;

    /// <summary>The import options: catalogue, municipality reference, decimal convention, ignored columns, sheet.</summary>
    public ImportOptions Import { get; init; } = ImportOptions.Default;

    /// <summary>Whether to read the store's own anonymisation secret (<see cref="AnalysisSession.AnonymizationSecret"/>).</summary>
    public bool ReadAnonymizationSecret { get; init; }

    /// <summary>Turns a path as given (shown in messages) into the path to read; default <see cref="Path.GetFullPath(string)"/>.</summary>
    public Func<string, string> ResolvePath { get; init; } = Path.GetFullPath;
}
