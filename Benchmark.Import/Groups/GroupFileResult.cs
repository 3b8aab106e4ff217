using Benchmark.PeerGroups;
using Benchmark.Validation;

namespace Benchmark.Import.Groups;

/// <summary>What reading a groups file produced.</summary>
/// <param name="Groups">The named groups made of the accepted rows (empty when the file could not be used).</param>
/// <param name="Report">Row counts, how the file was read, and every finding by line and column.</param>
public sealed record GroupFileResult(NamedGroups Groups, FileReport Report)
{
    /// <summary>Whether any row or the file as a whole was rejected.</summary>
    public bool HasErrors => Report.ErrorCount > 0;
}
