namespace Benchmark.Reports.Model;

/// <summary>The direction of the change since the previous year.</summary>
public enum ChangeArrow
{
    /// <summary>No comparable previous value (missing, or a series break).</summary>
    None,

    /// <summary>The value went up.</summary>
    Up,

    /// <summary>The value went down.</summary>
    Down,

    /// <summary>The value stayed the same at the shown precision.</summary>
    Level,
}
