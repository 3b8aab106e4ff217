using Benchmark.Municipalities;

namespace Benchmark.PeerGroups;

/// <summary>A municipality and its structural distance to the focus, rescaled so the farthest municipality of the universe is 1.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Distance">The rescaled distance in [0, 1]; 0 for the focus itself.</param>
public readonly record struct PeerDistance(MunicipalityCode Municipality, double Distance);
