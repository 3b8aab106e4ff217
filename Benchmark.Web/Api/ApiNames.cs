using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Web.Reading;

namespace Benchmark.Web.Api;

/// <summary>
/// Municipalities in the API as the caller may see them: named ones by CBS code, all others only by the letters of their
/// anonymised label (a code would reveal the name) — both for output and for ids in URLs.
/// </summary>
internal sealed class ApiNames(Reader reader)
{
    private readonly Lazy<IReadOnlyDictionary<MunicipalityCode, string>> _letters = new(() =>
        AnonymousLabels.Letters(reader.Engine?.Municipalities ?? Import.BuiltInMunicipalities.Registry, [], reader.Store.Secret("anonymize")));

    private readonly Lazy<Dictionary<string, MunicipalityCode>> _byLetters = new(() => new(StringComparer.OrdinalIgnoreCase));

    public ApiMunicipality Of(MunicipalityCode code) => reader.Names.IsNamed(code)
        ? new ApiMunicipality(code.ToString(), reader.Names.Name(code), code.ToString())
        : new ApiMunicipality(_letters.Value.TryGetValue(code, out var letters) ? letters : "?", reader.Names.Name(code), null);

    /// <summary>The municipality of <paramref name="id"/> (a code the caller may see, or label letters); 404 otherwise.</summary>
    public MunicipalityCode Resolve(string id)
    {
        var text = id.Trim();
        if (MunicipalityCode.TryParse(text, out var code) && reader.Names.IsNamed(code))
        {
            return code;
        }

        var byLetters = _byLetters.Value;
        if (byLetters.Count == 0)
        {
            foreach (var (c, l) in _letters.Value)
            {
                byLetters[l] = c;
            }
        }

        var letters = text.Replace("Gemeente ", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("Municipality ", string.Empty, StringComparison.OrdinalIgnoreCase);
        return byLetters.TryGetValue(letters, out var found) && !reader.Names.IsNamed(found)
            ? found
            : throw new ApiProblemException(ReadProblem.NotFound($"Er is geen gemeente ‘{text}’ die u mag zien.", $"There is no municipality ‘{text}’ that you may see."));
    }
}
