using Benchmark.Municipalities;
using Benchmark.Store.Accounts;

namespace Benchmark.Web.Conversation;

/// <summary>
/// Who writes explanations and agenda items: the coordinator for every municipality, an analyst or director for their
/// own municipality only. Reading follows the pages' visibility rule (own municipality; circles on the circle page).
/// </summary>
internal static class ConversationRights
{
    /// <summary>Whether <paramref name="account"/> may write for <paramref name="municipality"/>.</summary>
    public static bool MayWrite(Account? account, MunicipalityCode municipality) =>
        account is { Disabled: false } a
        && (a.Role == Role.Coordinator || (a.Role is Role.Analyst or Role.Director && a.Municipality == municipality));
}
