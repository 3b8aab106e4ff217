namespace Benchmark.Store.Relational;

/// <summary>One file to import, read once into memory so that its hash, its values and its rows' text agree.</summary>
/// <param name="FileName">The file as the user named it.</param>
/// <param name="Bytes">Its bytes.</param>
/// <param name="Sha256">SHA-256 of <paramref name="Bytes"/>, lower-case hex.</param>
/// <param name="ImportedBy">Who imports it.</param>
/// <param name="AcceptValidRows">Whether valid rows are stored when others have errors.</param>
/// <param name="MaxRecordSize">The importer's record size limit.</param>
internal sealed record ImportRequest(string FileName, byte[] Bytes, string Sha256, string ImportedBy, bool AcceptValidRows, int MaxRecordSize);
