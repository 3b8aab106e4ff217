using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Store.Analysis;

/// <summary>Finds the municipality a user means by a CBS code or a name, with a suggestion for a near miss.</summary>
internal static class MunicipalityResolver
{
    public static MunicipalityCode Resolve(MunicipalityRegistry municipalities, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (MunicipalityCode.TryParse(text, out var code))
        {
            return municipalities.Find(code) is not null
                ? code
                : throw new AnalysisException(
                    $"{code} staat niet in de gemeentereferentie (geef --municipalities BESTAND voor andere codes).",
                    $"{code} is not in the municipality reference (give --municipalities FILE for other codes).");
        }

        var named = municipalities.FindAllByName(text);
        if (named.Count == 1)
        {
            return named[0].Code;
        }

        if (named.Count > 1)
        {
            var list = string.Join(", ", named.Select(m => $"{m.Code} {m.Name} ({m.Province})"));
            throw new AnalysisException(
                $"'{text}' is de naam van {named.Count} gemeenten: {list}. Geef de code, bijv. {named[0].Code}.",
                $"'{text}' names {named.Count} municipalities: {list}. Give the code, e.g. {named[0].Code}.");
        }

        var nearest = NearestName.Find(text, municipalities.All.Select(m => m.Name).Distinct(StringComparer.Ordinal));
        var hint = nearest is null ? LocalizedText.Empty : LocalizedText.Format(" Bedoelt u '{0}'?", " Did you mean '{0}'?", nearest);
        throw new AnalysisException(
            $"'{text}' is geen CBS-code (GM0193) en geen naam van een gemeente in de referentie.{hint.Nl}",
            $"'{text}' is neither a CBS code (GM0193) nor the name of a municipality in the reference.{hint.En}");
    }
}
