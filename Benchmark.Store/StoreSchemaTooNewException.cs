namespace Benchmark.Store;

/// <summary>
/// The store was written by a newer version of Benchmark: its schema is newer than this program knows. Nothing was
/// changed; upgrade Benchmark to use it.
/// </summary>
public sealed class StoreSchemaTooNewException : Exception
{
    /// <summary>Creates the exception for a store at <paramref name="location"/>.</summary>
    /// <param name="location">Where the store is.</param>
    /// <param name="found">The schema version found in the store.</param>
    /// <param name="known">The newest schema version this program knows.</param>
    public StoreSchemaTooNewException(string location, int found, int known)
        : base($"The store at {location} has schema version {found}; this program knows up to {known}. Upgrade benchmark.")
    {
        Location = location;
        FoundVersion = found;
        KnownVersion = known;
        Text.ExplainedException.With(this, Text.LocalizedText.Format(
            "De opslag in {0} heeft schemaversie {1}; dit programma kent tot en met {2}. Werk benchmark bij naar een nieuwere versie.",
            "The store at {0} has schema version {1}; this program knows up to {2}. Upgrade benchmark.",
            location,
            found,
            known));
    }

    /// <summary>Creates the exception with a general message.</summary>
    public StoreSchemaTooNewException()
        : this("The store's schema is newer than this program knows. Upgrade benchmark.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StoreSchemaTooNewException(string message)
        : base(message)
    {
        Location = "(unknown)";
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public StoreSchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = "(unknown)";
    }

    /// <summary>Where the store is.</summary>
    public string Location { get; }

    /// <summary>The schema version found in the store.</summary>
    public int FoundVersion { get; }

    /// <summary>The newest schema version this program knows.</summary>
    public int KnownVersion { get; }
}
