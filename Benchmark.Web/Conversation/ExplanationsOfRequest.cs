using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Conversation;
using Microsoft.AspNetCore.Http;

namespace Benchmark.Web.Conversation;

/// <summary>
/// The current explanations of one municipality and year, read from the store once per request (the dashboard shows one
/// beside each indicator it explains). The page has already checked that the reader may see the figures.
/// </summary>
internal static class ExplanationsOfRequest
{
    private static readonly object Key = new();

    /// <summary>The explanation of <paramref name="indicator"/>, or <see langword="null"/>.</summary>
    public static Explanation? Find(HttpContext context, IDatasetStore store, MunicipalityCode municipality, int year, string indicator)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = (municipality, year);
        if (context.Items[Key] is not KeyValuePair<(MunicipalityCode, int), IReadOnlyList<Explanation>> cached || cached.Key != key)
        {
            cached = new(key, store.Explanations(municipality, year));
            context.Items[Key] = cached;
        }

        var all = cached.Value;
        return all.FirstOrDefault(e => e.Indicator == indicator);
    }
}
