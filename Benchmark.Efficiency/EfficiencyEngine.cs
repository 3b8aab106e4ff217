using Benchmark.Efficiency.Dea;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Efficiency;

/// <summary>
/// Efficiency and explanation next to the medians, over a <see cref="BenchmarkEngine"/>'s data: the DEA frontier with
/// reference peers, the expected value given structure, and the composite index with its uncertainty.
/// </summary>
/// <remarks>
/// Every method analyses the municipalities of one year: the peer group of a focus municipality (by a
/// <see cref="PeerGroupSpec"/>) or, without a focus, every municipality with data in the year. A municipality whose
/// figures a method cannot use is left out with a finding, never counted as zero. Unknown years, municipalities or
/// indicator codes throw (misuse). Results are immutable records that state their method.
/// </remarks>
public sealed partial class EfficiencyEngine
{
    /// <summary>Creates the efficiency methods over <paramref name="engine"/>.</summary>
    /// <param name="engine">The benchmark engine (data, reference, catalogue).</param>
    public EfficiencyEngine(BenchmarkEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>A DEA needs at least this many usable municipalities (fewer: an empty result with a finding).</summary>
    public const int MinimumDeaUnits = 5;

    /// <summary>The underlying engine.</summary>
    public BenchmarkEngine Engine { get; }

    /// <summary>The DEA of the municipalities of <paramref name="year"/> with <paramref name="model"/> (default <see cref="DeaModel.Default"/>).</summary>
    /// <exception cref="ArgumentException">When the year or municipality is unknown, or the model names a figure the catalogue does not know.</exception>
    public DeaAnalysis Dea(int year, DeaModel? model = null, PeerGroupSpec? peers = null, MunicipalityCode? focus = null)
    {
        model ??= DeaModel.Default;
        var unknown = model.Inputs.Concat(model.Outputs).Where(c => !UnitValues.IsKnown(Engine, c)).ToList();
        if (unknown.Count > 0 || model.Inputs.Count == 0 || model.Outputs.Count == 0)
        {
            throw new ArgumentException(unknown.Count > 0
                ? $"The DEA model names {string.Join(", ", unknown)}, which the catalogue does not know; use indicator codes (e.g. overhead_costs, fte_staffed, inhabitants) or 'addresses'."
                : "A DEA model needs at least one input and one output.");
        }

        var (members, group) = UnitValues.Universe(Engine, year, focus, peers);
        return OfGroup("dea", year, model, group, members, () => Dea(year, model, members, group));
    }

    private DeaAnalysis Dea(int year, DeaModel model, IReadOnlyList<MunicipalityCode> members, string group)
    {
        var units = new List<DeaUnit>();
        var findings = new List<Finding>();
        foreach (var code in members)
        {
            var inputs = model.Inputs.Select(c => UnitValues.Of(Engine, code, year, c)).ToArray();
            var outputs = model.Outputs.Select(c => UnitValues.Of(Engine, code, year, c)).ToArray();
            var bad = model.Inputs.Zip(inputs).Concat(model.Outputs.Zip(outputs)).Where(p => !double.IsFinite(p.Second) || p.Second <= 0).ToList();
            if (bad.Count == 0)
            {
                units.Add(new DeaUnit(code.ToString(), inputs, outputs));
                continue;
            }

            string What(string missing) => string.Join(", ", bad.Select(p => double.IsNaN(p.Second) ? $"{p.First} {missing}" : $"{p.First} = {p.Second.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            findings.Add(LeftOut(EfficiencyRules.DeaUnitLeftOut, code, year, bad[0].First, What("is missing"),
                new LocalizedText($"{code} is buiten de DEA gelaten: {What("ontbreekt")} (DEA heeft voor elke input en output een positieve waarde nodig).", $"{code} was left out of the DEA: {What("is missing")} (DEA needs a positive value for every input and output)."),
                new LocalizedText("Lever de ontbrekende of foute waarde aan, of kies een model zonder die input/output (--model).", "Supply the missing or wrong value, or choose a model without that input/output (--model).")));
        }

        if (units.Count < MinimumDeaUnits)
        {
            findings.Add(TooFew(year, units.Count, MinimumDeaUnits, "DEA"));
            return new DeaAnalysis(year, group, model, new DeaResult(model.Options, model.Inputs, model.Outputs, []), findings);
        }

        return new DeaAnalysis(year, group, model, DeaSolver.Solve(units, model.Inputs, model.Outputs, model.Options), findings);
    }

    /// <summary>The figure a method reads: an indicator's value (inhabitants and area filled in from the reference) or <c>addresses</c> (address density × area); NaN when missing.</summary>
    public double Figure(MunicipalityCode municipality, int year, string code) => UnitValues.Of(Engine, municipality, year, code);

    private static Finding LeftOut(string rule, MunicipalityCode code, int year, string column, string value, LocalizedText message, LocalizedText hint) =>
        new(Severity.Warning, rule, null, 0, column, $"{code} {year}: {value}", message, hint);

    private static Finding TooFew(int year, int count, int minimum, string method) =>
        new(Severity.Warning, EfficiencyRules.TooFewUnits, null, 0, null, count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new LocalizedText($"{method} {year}: maar {count} bruikbare gemeenten, minimaal {minimum} nodig; niets berekend.", $"{method} {year}: only {count} usable municipalities, at least {minimum} needed; nothing computed."),
            new LocalizedText("Kies een grotere vergelijkingsgroep (--peers all) of vul ontbrekende waarden aan.", "Choose a larger peer group (--peers all) or fill in missing values."));
}
