using Benchmark.Cli.Infrastructure;
using Benchmark.Data;
using Benchmark.Import.Survey;
using Benchmark.Import;
using Benchmark.Store.Survey;
using Benchmark.Store;
using Benchmark.Survey;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>The item catalogue and yearly delivery a survey command works against; problems become <see cref="UsageException"/>s.</summary>
internal static class SurveySources
{
    public static SurveyCatalog Catalog(string? items, CliEnvironment env)
    {
        if (items is null)
        {
            return SurveyCatalog.Default;
        }

        try
        {
            using var stream = File.OpenRead(env.ForReading(items));
            return SurveyCatalog.Load(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"--items {items}: {UsageException.TextOf(ex, Language.Dutch)}", $"--items {items}: {UsageException.TextOf(ex, Language.English)}");
        }
    }

    /// <summary>The yearly data: the given files, else the store when it exists, else none (reference checks only).</summary>
    public static Dataset? Yearly(SurveyFileSettings settings, CliEnvironment env)
    {
        if (settings.Input.Length > 0)
        {
            return DatasetLoader.Load(settings.Input.Select(env.ForReading)).Dataset;
        }

        var location = settings.Db ?? Environment.GetEnvironmentVariable(DatasetStore.EnvironmentVariable) ?? DatasetStore.DefaultFile;
        if (!DatasetStore.IsPostgres(location) && !File.Exists(env.Resolve(location)))
        {
            return null;
        }

        using var store = StoreAccess.Open(settings.Db, env);
        return ActiveData.Load(store);
    }

    /// <summary>
    /// Aggregates read answers against the yearly data (response rate from the headcount) and stores answers and
    /// aggregates: what <c>survey import</c> and <c>demo</c> do with a respondent file.
    /// </summary>
    public static (SurveyImportSummary Saved, IReadOnlyList<SurveyCell> Cells) Store(IDatasetStore store, string path, string shown, SurveyReadResult read, SurveyCatalog catalog, Dataset yearly)
    {
        var cells = SurveyAggregator.Aggregate(read.Answers, catalog, SurveyAggregator.HeadcountFrom(yearly));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        return (store.SaveSurvey(Path.GetFileName(shown), sha, read.Answers, cells, Environment.UserName), cells);
    }

    /// <summary>Reads the respondent file against the delivery in <paramref name="yearly"/> (reference only when null).</summary>
    public static SurveyReadResult Read(SurveyFileSettings settings, SurveyCatalog catalog, Dataset? yearly, CliEnvironment env)
    {
        var result = SurveyFileReader.Read(env.ForReading(settings.File), catalog, BuiltInMunicipalities.Registry, yearly is null ? null : SurveyFileReader.Delivery(yearly), settings.File);
        var unreadable = result.Report.Findings.FirstOrDefault(f => f.Rule == Validation.Rules.FileUnreadable);
        return unreadable is null ? result : throw new UsageException($"{settings.File}: {unreadable.Message.Get(settings.Lang)}");
    }
}
