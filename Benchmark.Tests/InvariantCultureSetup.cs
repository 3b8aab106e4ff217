using System.Globalization;

namespace Benchmark.Tests;

/// <summary>Pins the invariant culture for the whole test assembly; tests that need nl-NL set it themselves.</summary>
[SetUpFixture]
public sealed class InvariantCultureSetup
{
    [OneTimeSetUp]
    public void PinCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
