using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// Composes the interpretation conversation of a report: the explanations kept with values (a <c>datafout</c> flagged
/// until corrected data replace it) and the learning agenda with its follow-up — movement since the baseline in the
/// better direction, against the peer median's movement over the same years.
/// </summary>
internal static class ConversationComposer
{
    /// <summary>The page of one municipality, or <see langword="null"/> when it has neither explanations in the year nor actions.</summary>
    public static DuidingSection? ForMunicipality(ReportContext c) =>
        Compose(c.Engine, c.Language, c.Numbers, [c.Focus], c.Year, c.Options, c.Options.Peers, c.Mask, circle: false);

    /// <summary>The talking points of a circle, or <see langword="null"/> when its members have neither explanations in the year nor actions.</summary>
    public static DuidingSection? ForCircle(BenchmarkEngine engine, Language w, NumberText num, IReadOnlyList<MunicipalityCode> members, int year, ReportOptions options, string groupName, NameMask mask) =>
        Compose(engine, w, num, members, year, options, PeerGroupSpec.Group(groupName), mask, circle: true);

    private static DuidingSection? Compose(
        BenchmarkEngine engine, Language w, NumberText num, IReadOnlyList<MunicipalityCode> members, int year, ReportOptions options, PeerGroupSpec peers, NameMask mask, bool circle)
    {
        var name = mask.Name;
        string Free(string text) => FreeTextMask.Apply(text, engine, mask, w);
        var conversation = options.Conversation;
        var explanations = conversation.Explanations.Where(e => members.Contains(e.Municipality) && e.Year == year && engine.Catalog.TryGet(e.Indicator, out _))
            .OrderBy(e => members.ToList().IndexOf(e.Municipality)).ThenBy(e => e.Indicator, StringComparer.Ordinal).ToList();
        var agenda = conversation.Agenda.Where(a => members.Contains(a.Municipality) && engine.Catalog.TryGet(a.Indicator, out _)).ToList();
        if (explanations.Count == 0 && agenda.Count == 0)
        {
            return null;
        }

        var explanationRows = explanations.Select(e =>
        {
            var indicator = engine.Catalog.Get(e.Indicator);
            var row = new List<string> { w.Pick(indicator.Name), num.Value(engine.Data.ValueOrNaN(e.Municipality, year, e.Indicator), indicator.Unit), w.Pick(e.Category.Label()), Free(e.Text), Free(e.Author) + ", " + w.Date(e.WrittenAt), Flag(e, w) };
            if (circle)
            {
                row.Insert(0, name(e.Municipality));
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        var explanationHeader = new List<string> { w.Pick("Indicator", "Indicator"), w.Format("Waarde {0}", "Value {0}", year), w.Pick("Categorie", "Category"), w.Pick("Duiding", "Explanation"), w.Pick("Door", "By"), w.Pick("Let op", "Note") };
        var agendaRows = agenda.Select(a => (IReadOnlyList<string>)[.. AgendaRow(engine, w, num, a with { Text = Free(a.Text), Owner = Free(a.Owner) }, year, peers, name)]).ToList();
        if (circle)
        {
            explanationHeader.Insert(0, w.Pick("Gemeente", "Municipality"));
        }

        return new DuidingSection(
            circle ? w.Pick("Gesprekspunten", "Talking points") : w.Pick("Duiding en leeragenda", "Explanations and learning agenda"),
            circle
                ? w.Format("Wat de leden over hun cijfers van {0} hebben vastgelegd, en wat zij eerder hebben afgesproken: bespreek de verschillen en spreek af wie van wie leert.", "What the members recorded about their {0} figures, and what they agreed before: discuss the differences and agree who learns from whom.", year)
                : w.Format("Wat de gemeente over haar cijfers van {0} heeft vastgelegd en wat zij in de leerkring heeft afgesproken.", "What the municipality recorded about its {0} figures and what it agreed in the learning circle.", year),
            w.Pick("Duiding bij de cijfers", "Explanations of the figures"),
            new TextTable(explanationHeader, explanationRows, circle ? [2] : [1]),
            w.Pick("Leeragenda en opvolging", "Learning agenda and follow-up"),
            new TextTable(
                [w.Pick("Actie", "Action"), w.Pick("Eigenaar, streefdatum", "Owner, due"), w.Pick("Basis", "Baseline"), w.Format("Nu ({0})", "Now ({0})", year), w.Pick("Verbetering", "Improvement"), w.Pick("Groep", "Peers"), w.Pick("Oordeel", "Verdict")],
                agendaRows,
                [2, 3, 4, 5]),
            [
                w.Pick(
                    "Verbetering: beweging sinds het basisjaar in de gunstige richting (positief = beter). Groep: de verbetering van de mediaan van de vergelijkingsgroep over dezelfde jaren — een verbetering die niet groter is dan die van de groep kan een algemene trend zijn in plaats van het effect van de actie.",
                    "Improvement: movement since the baseline year in the better direction (positive = better). Peers: the peer median's improvement over the same years — an improvement no larger than the group's may be a general trend rather than the action's effect."),
                w.Pick(
                    "Een waarde die als datafout is gemeld, blijft in elk rapport gemarkeerd tot gecorrigeerde data zijn ingelezen.",
                    "A value explained as a data error stays flagged in every report until corrected data have been imported."),
            ]);
    }

    /// <summary>The flag of an explanation: uncorrected data error, corrected, or nothing.</summary>
    public static string Flag(Explanation e, Language w) =>
        e.FlagsDataError ? w.Pick("DATAFOUT: nog niet gecorrigeerd", "DATA ERROR: not yet corrected")
        : e.Category == ExplanationCategory.DataError ? w.Pick("gecorrigeerd", "corrected")
        : string.Empty;

    private static IEnumerable<string> AgendaRow(BenchmarkEngine engine, Language w, NumberText num, AgendaItem a, int year, PeerGroupSpec peers, Func<MunicipalityCode, string> name)
    {
        var unit = engine.Catalog.Get(a.Indicator).Unit;
        var who = name(a.Municipality);
        yield return (a.Text.StartsWith(who, StringComparison.OrdinalIgnoreCase) ? string.Empty : who + ": ") + a.Text + " (" + w.Pick(engine.Catalog.Get(a.Indicator).Name) + ")";
        yield return a.Owner + ", " + a.Due.ToString("d MMM yyyy", w.Culture);
        yield return num.Value(a.BaselineValue, unit) + " (" + a.BaselineYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        if (year <= a.BaselineYear || !engine.Years.Contains(year))
        {
            yield return "–";
            yield return "–";
            yield return "–";
            yield return w.Format("opvolging vanaf {0}", "follow-up from {0}", a.BaselineYear + 1);
            yield break;
        }

        var f = AgendaFollowUp.Compute(a, engine, year, peers);
        yield return num.Value(f.Value, unit);
        yield return num.Change(f.Improvement, unit);
        yield return num.Change(f.PeerImprovement, unit);
        yield return f.Improved is not { } improved ? w.Pick("niet te beoordelen", "cannot be judged")
            : !improved ? w.Pick("niet verbeterd", "not improved")
            : double.IsNaN(f.ImprovementBeyondPeers) ? w.Pick("verbeterd", "improved")
            : f.ImprovementBeyondPeers > 0 ? w.Pick("verbeterd, meer dan de groep", "improved, more than the group")
            : w.Pick("verbeterd, niet meer dan de groep", "improved, not more than the group");
    }
}
