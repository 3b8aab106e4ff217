using Benchmark.Import.Groups;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Store.Analysis;

/// <summary>Reads the named groups (learning circles) of a session; rejected rows become a note, an unusable file a problem.</summary>
internal static class SessionGroups
{
    public static NamedGroups Load(AnalysisSessionOptions options, List<LocalizedText> notes)
    {
        if (options.Groups is { } groups)
        {
            return groups;
        }

        if (options.GroupsFile is not { } path)
        {
            if (options.Peers.Kind == PeerGroupKind.Named)
            {
                throw new AnalysisException(
                    $"--peers {options.Peers} heeft het groepenbestand nodig: --groups BESTAND (kolommen groep;gemeentecode).",
                    $"--peers {options.Peers} needs the groups file: --groups FILE (columns groep;gemeentecode).");
            }

            return NamedGroups.Empty;
        }

        var read = GroupFileReader.Read(options.ResolvePath(path), options.Import.Municipalities);
        var fatal = read.Report.Findings.FirstOrDefault(f => f.Rule is Rules.FileUnreadable or Rules.MissingColumn or Rules.DuplicateColumn);
        if (fatal is not null)
        {
            throw new AnalysisException($"--groups {path}: {fatal.Message.Nl}", $"--groups {path}: {fatal.Message.En}");
        }

        if (read.HasErrors)
        {
            var lines = string.Join(", ", read.Report.Findings.Where(f => f.IsError).Select(f => f.Line).Take(10));
            notes.Add(new LocalizedText(
                $"--groups {path}: {read.Report.ErrorCount} rijen afgewezen (controleer het bestand op regel {lines}).",
                $"--groups {path}: {read.Report.ErrorCount} rows rejected (check the file at lines {lines})."));
        }

        return read.Groups;
    }
}
