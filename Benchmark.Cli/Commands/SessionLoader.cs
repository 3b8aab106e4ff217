using Benchmark.Cli.Infrastructure;
using Benchmark.Store.Analysis;

namespace Benchmark.Cli.Commands;

/// <summary>Loads an <see cref="AnalysisSession"/> for an analysis command: its options from the settings, its notes on stderr, its problems as <see cref="UsageException"/>s.</summary>
internal static class SessionLoader
{
    public static AnalysisSession Load(AnalysisSettings settings, CliEnvironment env, IProgress<Import.ImportProgress>? progress = null)
    {
        var options = new AnalysisSessionOptions
        {
            Inputs = settings.Input,
            OpenStore = () => OpenStore(settings, env),
            AsOf = settings.AsOf,
            GroupsFile = settings.Groups,
            Peers = settings.PeerSpec,
            Import = ReferenceLoader.Load(settings, env) with { Progress = progress },
            ReadAnonymizationSecret = settings is ReportSettings { Anonymize: true, AnonymizeKey: null },
            ResolvePath = env.ForReading,
        };
        AnalysisSession session;
        try
        {
            session = AnalysisSession.Load(options);
        }
        catch (AnalysisException ex)
        {
            throw new UsageException(ex.Text);
        }

        foreach (var note in session.Notes)
        {
            env.Error.WriteLine(note.Get(settings.Lang));
        }

        return session;
    }

    private static Store.IDatasetStore OpenStore(AnalysisSettings settings, CliEnvironment env)
    {
        var store = StoreAccess.Open(settings.Db, env);
        try
        {
            StoreAccess.CheckAsOf(store, settings.AsOf);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
