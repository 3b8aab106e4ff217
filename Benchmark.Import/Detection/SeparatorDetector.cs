namespace Benchmark.Import.Detection;

/// <summary>
/// Tells the field separator (<c>;</c>, <c>,</c> or tab) from the first lines of a file: for each candidate, the field
/// count of the header (counted outside quotes) and how many of the following records have the same count; the
/// candidate that splits the header and keeps the count most consistent wins. An Excel <c>sep=;</c> first line (<c>;</c>, <c>,</c>, tab or <c>|</c>) decides.
/// </summary>
internal static class SeparatorDetector
{
    /// <summary>The separators considered, in order of preference on a tie.</summary>
    public static IReadOnlyList<char> Candidates { get; } = [';', ',', '\t'];

    /// <summary>The separators an Excel <c>sep=</c> line may name.</summary>
    private const string HintSeparators = ";,\t|";

    private const int MaxRecords = 50;

    /// <summary>Detects the separator of <paramref name="sample"/>, the decoded start of a file.</summary>
    /// <param name="sample">The first characters of the file.</param>
    /// <param name="sampleIsWhole">Whether the sample is the whole file (its last record is then complete).</param>
    /// <returns>The separator; <c>;</c> when nothing splits the header (a one-column file).</returns>
    public static char Detect(string sample, bool sampleIsWhole)
    {
        if (sample.Length >= 5 && sample.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && (sample.Length == 5 || sample[5] is '\r' or '\n')
            && HintSeparators.Contains(sample[4]))
        {
            return sample[4];
        }

        var best = ';';
        var bestScore = -1.0;
        var bestHeader = 0;
        foreach (var candidate in Candidates)
        {
            var counts = FieldCounts(sample, candidate, sampleIsWhole);
            if (counts.Count == 0 || counts[0] < 2)
            {
                continue;
            }

            var header = counts[0];
            var score = counts.Count == 1 ? 1.0 : counts.Skip(1).Count(c => c == header) / (double)(counts.Count - 1);
            if (score > bestScore || (score == bestScore && header > bestHeader))
            {
                best = candidate;
                bestScore = score;
                bestHeader = header;
            }
        }

        return best;
    }

    /// <summary>The field counts of the first records of <paramref name="sample"/>, blank lines skipped.</summary>
    internal static List<int> FieldCounts(string sample, char separator, bool sampleIsWhole)
    {
        var counts = new List<int>();
        var inQuotes = false;
        var fields = 1;
        var blank = true;
        for (var i = 0; i < sample.Length && counts.Count < MaxRecords; i++)
        {
            var c = sample[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
                blank = false;
            }
            else if (inQuotes)
            {
                continue;
            }
            else if (c == separator)
            {
                fields++;
                blank = false;
            }
            else if (c is '\r' or '\n')
            {
                if (!blank)
                {
                    counts.Add(fields);
                }

                fields = 1;
                blank = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                blank = false;
            }
        }

        if (sampleIsWhole && !blank && !inQuotes && counts.Count < MaxRecords)
        {
            counts.Add(fields);
        }

        return counts;
    }
}
