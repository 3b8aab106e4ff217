namespace Benchmark.Text;

/// <summary>The languages in which Benchmark speaks to people. Files and machine output are always invariant.</summary>
public enum Language
{
    /// <summary>Dutch (nl-NL): the default for reports and messages to Dutch municipalities.</summary>
    Dutch,

    /// <summary>English (en-GB conventions for numbers in text).</summary>
    English,
}
