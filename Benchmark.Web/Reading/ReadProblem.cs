using Benchmark.Text;

namespace Benchmark.Web.Reading;

/// <summary>Why a read request cannot be answered: the HTTP status and a message in both languages.</summary>
/// <param name="Status">400 (malformed), 403 (someone else's figures), 404 (unknown municipality, year, indicator or circle).</param>
/// <param name="Message">What went wrong and what to do instead.</param>
internal sealed record ReadProblem(int Status, LocalizedText Message)
{
    /// <summary>A 400.</summary>
    public static ReadProblem BadRequest(string nl, string en) => new(400, new LocalizedText(nl, en));

    /// <summary>A 403.</summary>
    public static ReadProblem Forbidden(string nl, string en) => new(403, new LocalizedText(nl, en));

    /// <summary>A 404.</summary>
    public static ReadProblem NotFound(string nl, string en) => new(404, new LocalizedText(nl, en));
}
