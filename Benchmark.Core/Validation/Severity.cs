namespace Benchmark.Validation;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>For information (coverage notes); nothing is rejected or flagged.</summary>
    Info,

    /// <summary>The value or row is kept and flagged; an analyst should look at it.</summary>
    Warning,

    /// <summary>The value or row is rejected; it does not enter any statistic.</summary>
    Error,
}
