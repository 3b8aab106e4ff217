namespace Benchmark.Store.Relational;

/// <summary>One file to import: streamed for its hash and values; its bytes read again only for a quarantine.</summary>
/// <param name="FileName">The file as the user named it.</param>
/// <param name="ReadBytes">Reads its bytes (only for a quarantine: the row texts as written).</param>
/// <param name="Sha256">SHA-256 of its bytes, lower-case hex.</param>
/// <param name="ImportedBy">Who imports it.</param>
/// <param name="AcceptValidRows">Whether valid rows are stored when others have errors.</param>
/// <param name="MaxRecordSize">The importer's record size limit.</param>
internal sealed record ImportRequest(string FileName, Func<byte[]> ReadBytes, string Sha256, string ImportedBy, bool AcceptValidRows, int MaxRecordSize);
