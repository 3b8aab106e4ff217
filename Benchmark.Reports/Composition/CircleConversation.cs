using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// What opens a learning circle's conversation, per indicator: the spread between the most and least favourable member,
/// the biggest mover and the most improved since last year, the best member and the member structurally closest to it
/// (nearest in inhabitants), and 3–5 questions generated from those facts.
/// </summary>
internal sealed class CircleConversation(BenchmarkEngine engine, int year, Language w, NumberText num, NameMask mask)
{
    /// <summary>The members and their values of one indicator: this year and last year (NaN when missing).</summary>
    private sealed record Member(MunicipalityCode Code, double Value, double Previous, int Quartile, long Inhabitants);

    public ConversationSection Compose(IReadOnlyList<Indicator> indicators, IReadOnlyList<LeagueTable> tables)
    {
        var topics = new List<ConversationTopic>();
        for (var i = 0; i < indicators.Count; i++)
        {
            if (Topic(indicators[i], tables[i]) is { } topic)
            {
                topics.Add(topic);
            }
        }

        return new ConversationSection(
            w.Pick("Wat valt op — om het gesprek te openen", "What stands out — to open the conversation"),
            w.Format(
                "Per indicator: het verschil tussen het gunstigste en het minst gunstige lid, wie het meest veranderde en wie het meest verbeterde sinds {0}, en wie het best scoort met wie daar qua omvang het dichtst bij zit. De vragen zijn een begin, geen oordeel.",
                "Per indicator: the difference between the most and least favourable member, who changed most and who improved most since {0}, and who does best with the member closest to it in size. The questions are a start, not a judgement.",
                year - 1),
            w.Pick("Om te bespreken", "To discuss"),
            topics);
    }

    private ConversationTopic? Topic(Indicator indicator, LeagueTable table)
    {
        var members = table.Entries.Where(e => double.IsFinite(e.Value)).Select(e => new Member(
            e.Municipality,
            e.Value,
            engine.Data.ValueOrNaN(e.Municipality, year - 1, indicator.Code),
            e.Quartile,
            engine.Municipalities.Find(e.Municipality)?.InhabitantsIn(year) ?? 0)).ToList();
        if (members.Count < 2)
        {
            return null;
        }

        var unit = indicator.Unit;
        var name = w.Pick(indicator.Name);
        var neutral = indicator.Direction == Direction.Neutral;
        var best = members[0];
        var worst = members[^1];
        var spread = Math.Abs(best.Value - worst.Value);
        var standsOut = new List<string>
        {
            neutral
                ? w.Format("Spreiding: van {0} ({1}) tot {2} ({3}), een verschil van {4}.", "Spread: from {0} ({1}) to {2} ({3}), a difference of {4}.", num.Value(best.Value, unit), Name(best), num.Value(worst.Value, unit), Name(worst), num.Difference(spread, unit))
                : w.Format("Spreiding: {0} ({1}) tegen {2} ({3}) als gunstigste en minst gunstige, een verschil van {4}.", "Spread: {0} ({1}) against {2} ({3}) as most and least favourable, a difference of {4}.", Name(best), num.Value(best.Value, unit), Name(worst), num.Value(worst.Value, unit), num.Difference(spread, unit)),
        };
        var changes = members.Where(m => double.IsFinite(m.Previous) && !indicator.CrossesSeriesBreak(year - 1, year)).ToList();
        var mover = changes.OrderByDescending(m => Math.Abs(m.Value - m.Previous)).FirstOrDefault();
        if (mover is not null)
        {
            standsOut.Add(w.Format("Grootste beweger: {0}, van {1} naar {2} ({3}).", "Biggest mover: {0}, from {1} to {2} ({3}).", Name(mover), num.Value(mover.Previous, unit), num.Value(mover.Value, unit), num.Change(mover.Value - mover.Previous, unit)));
        }

        var improver = neutral ? null : changes.Select(m => (Member: m, Gain: Gain(indicator, m))).Where(x => x.Gain > 0).OrderByDescending(x => x.Gain).Select(x => x.Member).FirstOrDefault();
        if (improver is not null)
        {
            standsOut.Add(w.Format("Meest verbeterd: {0} ({1} sinds {2}).", "Most improved: {0} ({1} since {2}).", Name(improver), num.Change(improver.Value - improver.Previous, unit), year - 1));
        }

        var twin = members.Where(m => m.Code != best.Code && best.Inhabitants > 0 && m.Inhabitants > 0)
            .OrderBy(m => Math.Abs(Math.Log((double)m.Inhabitants / best.Inhabitants))).FirstOrDefault();
        if (!neutral && twin is not null)
        {
            standsOut.Add(w.Format(
                "Gunstigst: {0} ({1}); qua omvang het dichtst daarbij zit {2} ({3:N0} tegen {4:N0} inwoners) met {5}.",
                "Most favourable: {0} ({1}); closest to it in size is {2} ({3:N0} against {4:N0} inhabitants) with {5}.",
                Name(best), num.Value(best.Value, unit), Name(twin), twin.Inhabitants, best.Inhabitants, num.Value(twin.Value, unit)));
        }

        return new ConversationTopic(name, standsOut, Questions(indicator, members, best, worst, twin, improver))
        {
            Trend = CircleTrends.For(engine, year, indicator, [.. table.Entries.Select(e => e.Municipality)], w, num, mask),
        };
    }

    private List<string> Questions(Indicator indicator, List<Member> members, Member best, Member worst, Member? twin, Member? improver)
    {
        var unit = indicator.Unit;
        var name = w.Pick(indicator.Name);
        var questions = new List<string>();
        if (twin is not null && Math.Abs(best.Value - twin.Value) > 0)
        {
            questions.Add(w.Format(
                "Waarom verschilt {0} tussen {1} en {2} {3}, bij vergelijkbare omvang?",
                "Why does {0} differ by {3} between {1} and {2}, at a similar size?",
                name, Name(best), Name(twin), num.Difference(Math.Abs(best.Value - twin.Value), unit)));
        }

        questions.Add(w.Format(
            "Wat verklaart het verschil van {0} tussen {1} en {2}: keuzes in de organisatie, de taken, of de manier van tellen?",
            "What explains the difference of {0} between {1} and {2}: choices in the organisation, the tasks, or the way of counting?",
            num.Difference(Math.Abs(best.Value - worst.Value), unit), Name(best), Name(worst)));
        if (improver is not null)
        {
            questions.Add(w.Format(
                "Wat heeft {0} sinds {1} gedaan ({2}), en is dat over te nemen?",
                "What has {0} done since {1} ({2}), and can others adopt it?",
                Name(improver), year - 1, num.Change(improver.Value - improver.Previous, unit)));
        }

        var weakest = members.Where(m => m.Quartile == 4).Select(Name).ToList();
        if (indicator.Direction != Direction.Neutral && weakest.Count > 0)
        {
            questions.Add(w.Format(
                "Welke stap zou {0} het eerst zetten om naar de mediaan te bewegen?",
                "Which step would {0} take first to move towards the median?",
                string.Join(w.Pick(" en ", " and "), weakest)));
        }

        questions.Add(w.Pick(
            "Meten alle leden dit gegeven op dezelfde manier (definitie, peildatum, wat wel en niet meetelt)?",
            "Do all members measure this figure the same way (definition, reference date, what counts and what does not)?"));
        return [.. questions.Take(5)];
    }

    /// <summary>The change in the favourable direction (positive = improved).</summary>
    private static double Gain(Indicator indicator, Member m) =>
        indicator.Direction == Direction.LowerIsBetter ? m.Previous - m.Value : m.Value - m.Previous;

    private string Name(Member m) => mask.Name(m.Code);
}
