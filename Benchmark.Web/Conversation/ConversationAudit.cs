namespace Benchmark.Web.Conversation;

/// <summary>The audit actions of the interpretation conversation on the web (the audit log shows them as written).</summary>
internal static class ConversationAudit
{
    /// <summary>An explanation written or edited (a new revision).</summary>
    public const string ExplanationSave = "explanation.save";

    /// <summary>An action added to the learning agenda.</summary>
    public const string AgendaAdd = "agenda.add";

    /// <summary>The learning agenda exported (coordinator).</summary>
    public const string AgendaExport = "agenda.export";
}
