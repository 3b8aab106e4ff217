namespace Benchmark.Cli.Commands;

/// <summary>A usage problem found while running a command (unreadable reference file, unknown code): exit code 2, one line.</summary>
internal sealed class UsageException(string message) : Exception(message);
