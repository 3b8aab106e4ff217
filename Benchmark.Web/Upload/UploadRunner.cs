using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;

namespace Benchmark.Web.Upload;

/// <summary>
/// Previews and imports a staged upload with the library's <see cref="StoreImporter"/> — the CLI's import — for the
/// account that uploaded it: an analyst's file may only hold rows of their own municipality; the coordinator's all.
/// </summary>
internal static class UploadRunner
{
    /// <summary>What importing the upload would do; nothing is stored.</summary>
    public static ImportPreview Preview(IDatasetStore store, StagedUpload upload, Account account) =>
        WithFile(upload, path => StoreImporter.Preview(store, path, Options(upload, account, acceptValidRows: false)));

    /// <summary>Imports the upload as a whole or with its valid rows.</summary>
    public static ImportOutcome Import(IDatasetStore store, StagedUpload upload, Account account, bool acceptValidRows) =>
        WithFile(upload, path => StoreImporter.Import(store, path, Options(upload, account, acceptValidRows)));

    private static StoreImportOptions Options(StagedUpload upload, Account account, bool acceptValidRows)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new StoreImportOptions
        {
            AcceptValidRows = acceptValidRows,
            ImportedBy = account.UserName,
            FileName = upload.FileName,
            OnlyMunicipality = account.Role == Role.Coordinator ? null : account.Municipality
                ?? throw new InvalidOperationException($"Account {account.UserName} may not upload."),
        };
    }

    /// <summary>Runs <paramref name="work"/> on the upload's bytes in a private temporary file with the upload's name (the importer reads files).</summary>
    private static T WithFile<T>(StagedUpload upload, Func<string, T> work)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var folder = Path.Combine(Path.GetTempPath(), "benchmark-web", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, UploadCheck.SafeName(upload.FileName));
            File.WriteAllBytes(path, upload.Content);
            return work(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
