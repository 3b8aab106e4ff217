namespace Benchmark.Store.Sharing;

/// <summary>An uploaded file waiting for its uploader's confirmation (kept in the store, so any web node can show its preview).</summary>
/// <param name="Id">A random id (unguessable; also checked against the account).</param>
/// <param name="AccountId">The account that uploaded it.</param>
/// <param name="FileName">The file name as uploaded (without folders).</param>
/// <param name="Content">The bytes.</param>
/// <param name="StagedAt">When it was uploaded (UTC).</param>
public sealed record StagedUpload(string Id, long AccountId, string FileName, byte[] Content, DateTimeOffset StagedAt);
