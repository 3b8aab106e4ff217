using Benchmark.Catalog;

namespace Benchmark.Text;

/// <summary>
/// "Did you mean …?": the known name nearest to what someone typed, by the optimal-string-alignment edit distance
/// (insert, delete, substitute, swap two neighbours) between the names folded by <see cref="HeaderName.Normalize"/>
/// (so case, accents, spaces and punctuation cost nothing).
/// </summary>
public static class NearestName
{
    /// <summary>
    /// The largest distance still taken for a typo of a folded name of <paramref name="length"/> characters: 1 up to
    /// 4 characters, 2 up to 9, 3 beyond. A shorter name has too few letters to tell a typo from another word.
    /// </summary>
    public static int Tolerance(int length) => length <= 4 ? 1 : length <= 9 ? 2 : 3;

    /// <summary>
    /// The candidate nearest to <paramref name="typed"/> within <see cref="Tolerance"/>, or <see langword="null"/>; a
    /// candidate equal after folding is distance 0. Ties go to the first candidate.
    /// </summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var key = HeaderName.Normalize(typed);
        if (key.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var other = HeaderName.Normalize(candidate);
            var limit = Math.Min(Tolerance(Math.Max(key.Length, other.Length)), bestDistance - 1);
            if (other.Length == 0 || limit < 0 || Math.Abs(other.Length - key.Length) > limit)
            {
                continue;
            }

            var distance = Distance(key, other);
            if (distance <= limit)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>The optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one substring).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
