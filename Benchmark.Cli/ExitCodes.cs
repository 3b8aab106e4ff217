namespace Benchmark.Cli;

/// <summary>The exit codes of every <c>benchmark</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Success; warnings allowed.</summary>
    public const int Ok = 0;

    /// <summary>The data have errors (rows or values rejected).</summary>
    public const int DataErrors = 1;

    /// <summary>Wrong usage, or an input file that cannot be read.</summary>
    public const int UsageOrUnreadable = 2;
}
