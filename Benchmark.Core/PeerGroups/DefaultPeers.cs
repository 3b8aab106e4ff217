using Benchmark.Municipalities;
using Benchmark.Statistics;
using Benchmark.Text;

namespace Benchmark.PeerGroups;

/// <summary>
/// The default peer group: a group a director can accept. The focus's size class, unless the focus is far from the
/// class's typical size — more than <see cref="MaxSizeRatio"/> × or less than 1 / <see cref="MaxSizeRatio"/> of the
/// class's median inhabitants (Amsterdam, Rotterdam and 's-Gravenhage among the ≥ 100,000; Schiermonnikoog, Vlieland,
/// Rozendaal among the &lt; 10,000). Such a focus is compared with the municipalities whose inhabitants are within a
/// factor <see cref="MaxSizeRatio"/> of its own, and with at least the <see cref="MinimumBandSize"/> nearest in
/// inhabitants (for Amsterdam: the G4 with Eindhoven and Groningen).
/// </summary>
/// <remarks>
/// Inhabitants are those of the year as the size classes count them (<see cref="PeerUniverse.InhabitantsOf"/>); the
/// size band orders candidates by |ln(inhabitants / focus's inhabitants)|, ties by code. A learning circle or any other
/// method the user names is never replaced.
/// </remarks>
internal static class DefaultPeers
{
    /// <summary>How far (as a factor) a focus may be from its size class's median inhabitants: 3.</summary>
    public const double MaxSizeRatio = 3;

    /// <summary>The smallest size band: 6, one more than the minimum group size, so that one missing value does not suppress it.</summary>
    public const int MinimumBandSize = PeerGroup.DefaultMinimumSize + 1;

    internal static PeerGroup Resolve(PeerGroup sizeClass, PeerGroupContext context, List<MunicipalityCode> universe)
    {
        var focus = sizeClass.Focus;
        var year = sizeClass.Year;
        if (PeerUniverse.InhabitantsOf(focus, year, context) is not { } own)
        {
            return sizeClass with { Reason = new LocalizedText("Geen inwonertal bekend: geen grootteklasse.", "No inhabitants figure: no size class.") };
        }

        var median = Quantiles.Compute([.. sizeClass.Members.Select(m => PeerUniverse.InhabitantsOf(m, year, context)).OfType<long>().Select(n => (double)n)], 0.5);
        var ratio = own / median;
        if (ratio <= MaxSizeRatio && ratio >= 1 / MaxSizeRatio)
        {
            return sizeClass with
            {
                Reason = LocalizedText.Format(
                    "Standaard: de eigen grootteklasse ({0:N0} inwoners is {1:N1} × de mediaan van de klasse).",
                    "Default: the own size class ({0:N0} inhabitants is {1:N1} × the class median).",
                    own,
                    ratio),
            };
        }

        var byLogDistance = universe
            .Select(code => (Code: code, Inhabitants: PeerUniverse.InhabitantsOf(code, year, context)))
            .Where(c => c.Inhabitants is > 0)
            .Select(c => (c.Code, Distance: Math.Abs(Math.Log(c.Inhabitants!.Value / (double)own))))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Code)
            .ToList();
        var band = byLogDistance.Where(c => c.Distance <= Math.Log(MaxSizeRatio)).Select(c => c.Code).ToList();
        if (band.Count < MinimumBandSize)
        {
            band = [.. byLogDistance.Take(MinimumBandSize).Select(c => c.Code)];
        }

        var members = band.Append(focus).Distinct().Order().ToList();
        var name = LocalizedText.Format(
            "{0} gemeenten met het meest vergelijkbare inwonertal",
            "{0} municipalities closest in inhabitants",
            members.Count);
        var reason = LocalizedText.Format(
            "Met {0:N0} inwoners is de gemeente {1:N1} × de mediaan van haar grootteklasse ({2:N0}); daarmee is die klasse geen eerlijke vergelijking. Standaard daarom: de gemeenten met een inwonertal binnen een factor 3 van het eigen inwonertal, minimaal de {3} die qua inwonertal het dichtst bij liggen.",
            "With {0:N0} inhabitants the municipality is {1:N1} × the median of its size class ({2:N0}), so that class is no fair comparison. The default is therefore the municipalities with inhabitants within a factor 3 of its own, at least the {3} nearest in inhabitants.",
            own,
            ratio,
            median,
            MinimumBandSize);
        return new PeerGroup(sizeClass.Spec, name, focus, year, members) { Reason = reason };
    }
}
