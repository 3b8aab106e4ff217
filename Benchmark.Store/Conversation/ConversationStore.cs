using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Conversation;
using Benchmark.Municipalities;
using Benchmark.Store.Relational;
using Benchmark.Store.Survey;

namespace Benchmark.Store.Conversation;

/// <summary>
/// The interpretation conversation in a dataset store: explanations kept with values (every edit a new revision, the
/// history kept) and the learning agenda. A <c>datafout</c> explanation remembers the newest dataset version at the time
/// of writing; it counts as corrected once a later stored version holds a value for the same municipality and year of
/// the indicator or one of its formula inputs.
/// </summary>
public static class ConversationStore
{
    private const string ExplanationColumns = "municipality, indicator, year, revision, category, text, author, written_at, data_version";

    /// <summary>Stores <paramref name="explanation"/> as the next revision of its value's explanation.</summary>
    /// <returns>The stored explanation with its revision number.</returns>
    public static Explanation SaveExplanation(this IDatasetStore store, Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation.Text);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation.Indicator);
        var relational = SurveyStore.Relational(store);
        return relational.Write(s =>
        {
            var key = new (string, object?)[] { ("m", explanation.Municipality.Number), ("i", explanation.Indicator), ("y", explanation.Year) };
            var revision = (int)(s.ScalarLong("SELECT MAX(revision) FROM explanations WHERE municipality = @m AND indicator = @i AND year = @y", key) ?? 0) + 1;
            var version = s.ScalarLong("SELECT MAX(id) FROM dataset_versions WHERE status <> 'rejected'") ?? 0;
            s.Execute(
                $"INSERT INTO explanations ({ExplanationColumns}) VALUES (@m, @i, @y, @r, @c, @t, @a, @w, @v)",
                [.. key, ("r", revision), ("c", explanation.Category.Code()), ("t", explanation.Text), ("a", explanation.Author), ("w", relational.TimestampValue(explanation.WrittenAt)), ("v", version)]);
            return explanation with { Revision = revision, IsCorrected = false };
        });
    }

    /// <summary>The current explanations (latest revision of each value), optionally of one municipality and year, ordered by municipality, year and indicator.</summary>
    /// <param name="store">The store.</param>
    /// <param name="municipality">Only this municipality; <see langword="null"/> for all.</param>
    /// <param name="year">Only this year; <see langword="null"/> for all.</param>
    /// <param name="catalog">The indicator catalogue (formula inputs for the correction check); the built-in one when null.</param>
    public static IReadOnlyList<Explanation> Explanations(this IDatasetStore store, MunicipalityCode? municipality = null, int? year = null, IndicatorCatalog? catalog = null)
    {
        catalog ??= IndicatorCatalog.Default;
        return SurveyStore.Relational(store).Read(s =>
        {
            var all = ReadExplanations(s, $"SELECT {ExplanationColumns} FROM explanations ORDER BY municipality, year, indicator, revision");
            var current = all.GroupBy(e => (e.Explanation.Municipality, e.Explanation.Year, e.Explanation.Indicator)).Select(g => g.Last())
                .Where(e => (municipality is null || e.Explanation.Municipality == municipality) && (year is null || e.Explanation.Year == year));
            return (IReadOnlyList<Explanation>)[.. current.Select(e => e.Explanation.Category == ExplanationCategory.DataError
                ? e.Explanation with { IsCorrected = Corrected(s, e.Explanation, e.DataVersion, catalog) }
                : e.Explanation)];
        });
    }

    /// <summary>Every revision of one value's explanation, oldest first.</summary>
    public static IReadOnlyList<Explanation> ExplanationHistory(this IDatasetStore store, MunicipalityCode municipality, string indicator, int year) =>
        SurveyStore.Relational(store).Read(s => (IReadOnlyList<Explanation>)[.. ReadExplanations(
            s,
            $"SELECT {ExplanationColumns} FROM explanations WHERE municipality = @m AND indicator = @i AND year = @y ORDER BY revision",
            ("m", municipality.Number), ("i", indicator), ("y", year)).Select(e => e.Explanation)]);

    /// <summary>
    /// Adds explanations read from an export (<see cref="ConversationCsv.ReadExplanations"/>) as new revisions, in order;
    /// a revision already present (same value, text, category, author and time) is skipped, so importing twice changes nothing.
    /// </summary>
    /// <returns>The number of revisions added.</returns>
    public static int ImportExplanations(this IDatasetStore store, IEnumerable<Explanation> explanations)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        var added = 0;
        foreach (var e in explanations)
        {
            var history = store.ExplanationHistory(e.Municipality, e.Indicator, e.Year);
            if (!history.Any(h => h.Text == e.Text && h.Category == e.Category && h.Author == e.Author && h.WrittenAt == e.WrittenAt))
            {
                store.SaveExplanation(e);
                added++;
            }
        }

        return added;
    }

    /// <summary>Stores an agreed action of the learning agenda.</summary>
    /// <returns>The action with its id and recording time.</returns>
    public static AgendaItem SaveAgendaItem(this IDatasetStore store, AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrWhiteSpace(item.Text);
        var relational = SurveyStore.Relational(store);
        return relational.Write(s =>
        {
            var at = item.RecordedAt == default ? relational.Clock.GetUtcNow() : item.RecordedAt;
            var id = s.ScalarLong(
                "INSERT INTO agenda_items (municipality, circle, text, owner, due, indicator, baseline_year, baseline_value, recorded_at) VALUES (@m, @c, @t, @o, @d, @i, @by, @bv, @at) RETURNING id",
                ("m", item.Municipality.Number), ("c", item.Circle), ("t", item.Text), ("o", item.Owner), ("d", item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("i", item.Indicator), ("by", item.BaselineYear), ("bv", double.IsNaN(item.BaselineValue) ? null : item.BaselineValue), ("at", relational.TimestampValue(at)))!.Value;
            return item with { Id = id, RecordedAt = at };
        });
    }

    /// <summary>The learning agenda, optionally of one municipality, in the order recorded.</summary>
    public static IReadOnlyList<AgendaItem> AgendaItems(this IDatasetStore store, MunicipalityCode? municipality = null)
    {
        var relational = SurveyStore.Relational(store);
        return relational.Read(s =>
        {
            using var command = s.Command("SELECT id, municipality, circle, text, owner, due, indicator, baseline_year, baseline_value, recorded_at FROM agenda_items ORDER BY id");
            using var r = command.ExecuteReader();
            var items = new List<AgendaItem>();
            while (r.Read())
            {
                var item = new AgendaItem(
                    new MunicipalityCode(r.GetInt32(1)), r.GetString(3), r.GetString(4), DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.GetString(6), r.GetInt32(7), r.IsDBNull(8) ? double.NaN : r.GetDouble(8))
                {
                    Id = r.GetInt64(0),
                    Circle = r.IsDBNull(2) ? null : r.GetString(2),
                    RecordedAt = relational.ReadTimestamp(r, 9),
                };
                if (municipality is null || item.Municipality == municipality)
                {
                    items.Add(item);
                }
            }

            return (IReadOnlyList<AgendaItem>)items;
        });
    }

    private static List<(Explanation Explanation, long DataVersion)> ReadExplanations(StoreSession s, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = s.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var result = new List<(Explanation, long)>();
        while (r.Read())
        {
            var category = ExplanationCategories.TryParse(r.GetString(4), out var c) ? c : ExplanationCategory.Unknown;
            result.Add((new Explanation(new MunicipalityCode(r.GetInt32(0)), r.GetString(1), r.GetInt32(2), category, r.GetString(5), r.GetString(6), s.Store.ReadTimestamp(r, 7)) { Revision = r.GetInt32(3) }, r.GetInt64(8)));
        }

        return result;
    }

    private static bool Corrected(StoreSession s, Explanation e, long dataVersion, IndicatorCatalog catalog)
    {
        var codes = new List<string> { e.Indicator };
        if (catalog.TryGet(e.Indicator, out var indicator) && indicator.Formula is { } formula)
        {
            codes.AddRange(formula.Inputs);
        }

        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var found = s.ScalarLong(
                """
                SELECT COUNT(*) FROM observations o
                JOIN indicators i ON i.id = o.indicator_id
                JOIN dataset_versions v ON v.id = o.version_id
                WHERE o.version_id > @v AND v.status <> 'rejected' AND o.municipality = @m AND o.year = @y AND i.code = @c
                """,
                ("v", dataVersion), ("m", e.Municipality.Number), ("y", e.Year), ("c", code));
            if (found > 0)
            {
                return true;
            }
        }

        return false;
    }
}
