using Benchmark.Store.Analysis;
using Benchmark.Cli.Infrastructure;
using Benchmark.Reports.Composition;

namespace Benchmark.Cli.Commands;

/// <summary>The report options of the CLI: datasets fingerprinted from the input files, findings, language, clock.</summary>
internal static class ReportSources
{
    public static ReportOptions Options(AnalysisSession session, AnalysisSettings settings, bool anonymize, CliEnvironment env) => ReportOptions.Default with
    {
        Language = settings.Lang,
        Anonymize = anonymize,
        Peers = settings.PeerSpec,
        Clock = env.Clock,
        Sources = session.Sources,
        Findings = [.. session.Report.AllFindings],
        Author = settings is ReportSettings { Organisation: { Length: > 0 } organisation } ? organisation : ReportOptions.Default.Author,

        // One key for the whole run (every report of a batch): given, the store's own secret, or drawn now.
        AnonymizationKey = !anonymize ? null
            : (settings as ReportSettings)?.AnonymizeKey ?? session.AnonymizationSecret
              ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        Conversation = Conversation.ConversationSource.Load(settings, env, session.Engine.Data),
    };
}
