namespace Benchmark.Import.Groups;

/// <summary>The columns a groups file may have, recognised by header aliases (matched like indicator headers).</summary>
internal enum GroupColumn
{
    Unknown,
    Group,
    Code,
    Name,
}
