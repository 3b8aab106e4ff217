using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Municipalities;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>Resolves the municipality and indicator an explanation or action is about; problems become <see cref="UsageException"/>s.</summary>
internal static class ConversationLookup
{
    public static MunicipalityCode Municipality(string text)
    {
        if (MunicipalityCode.TryParse(text, out var code))
        {
            return BuiltInMunicipalities.Registry.Find(code) is not null ? code : throw new UsageException($"{code} staat niet in de gemeentereferentie.", $"{code} is not in the municipality reference.");
        }

        return BuiltInMunicipalities.Registry.FindByName(text)?.Code
            ?? throw new UsageException($"'{text}' is geen CBS-code (GM0193) en geen naam van een gemeente in de referentie.", $"'{text}' is neither a CBS code (GM0193) nor the name of a municipality in the reference.");
    }

    public static Indicator Indicator(string text) =>
        IndicatorCatalog.Default.FindByHeader(text)
        ?? throw new UsageException($"Onbekende indicator '{text}'. Indicatoren: {string.Join(", ", IndicatorCatalog.Default.All.Where(i => i.Kind is IndicatorKind.Derived or IndicatorKind.Survey or IndicatorKind.Raw).Select(i => i.Code))}.", $"Unknown indicator '{text}'. Indicators: {string.Join(", ", IndicatorCatalog.Default.All.Where(i => i.Kind is IndicatorKind.Derived or IndicatorKind.Survey or IndicatorKind.Raw).Select(i => i.Code))}.");
}
