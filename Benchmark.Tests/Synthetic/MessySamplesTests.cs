using System.Text;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Tests.Synthetic;

/// <summary>
/// Checks the hand-written contract <c>samples/messy/expected-findings.csv</c> against the messy files themselves:
/// every listed location exists, every plantable rule is covered, and nothing is planted by accident (names match the
/// reference wherever a name mismatch is not the point). Whether the importer and validator report exactly these
/// findings is the integration test's job.
/// </summary>
public sealed class MessySamplesTests
{
    private const string CleanEncodingFile = "windows-1252.csv";

    private static string MessyFolder => Path.Combine(TestPaths.RepositoryRoot(), "samples", "messy");

    private static IEnumerable<string> MessyFiles() =>
        Directory.GetFiles(MessyFolder, "*.csv").Select(Path.GetFileName).OfType<string>().Where(f => f != "expected-findings.csv").Order(StringComparer.Ordinal);

    private static List<(string File, int Line, string Column, string Rule)> Expected()
    {
        var lines = File.ReadAllLines(Path.Combine(MessyFolder, "expected-findings.csv"), new UTF8Encoding(false, true));
        Assert.That(lines[0], Is.EqualTo("file;line;column;rule"));
        return [.. lines.Skip(1).Select(l => l.Split(';')).Select(f => (f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), f[2], f[3]))];
    }

    /// <summary>The physical lines of a messy file, decoded as UTF-8 (BOM or not) or, failing that, Windows-1252.</summary>
    private static string[] Lines(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(MessyFolder, file));
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding(1252).GetString(bytes);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.Length == 0 ? [] : lines[..^1];
    }

    [Test]
    public void ExpectedFindings_PointAtExistingFilesLinesAndColumns()
    {
        var ruleIds = Rules.All.Select(r => r.Id).ToHashSet();
        foreach (var (file, line, column, rule) in Expected())
        {
            var where = $"{file}:{line} [{column}] {rule}";
            Assert.That(ruleIds, Does.Contain(rule), where);
            Assert.That(File.Exists(Path.Combine(MessyFolder, file)), Is.True, where);
            var lines = Lines(file);
            Assert.That(line, Is.InRange(line == 0 ? 0 : 1, lines.Length), where);
            Assert.That(line == 0, Is.EqualTo(rule == Rules.FileUnreadable && lines.Length == 0), $"{where}: line 0 only for the empty file");
            if (column.Length > 0 && !IsDerivedIndicator(column))
            {
                Assert.That(lines[0].Split(';'), Does.Contain(column), $"{where}: the column is a header as written");
            }
        }
    }

    [Test]
    public void ExpectedFindings_CoverEveryRuleThatCanBePlantedInAFile()
    {
        var plantable = Rules.All.Select(r => r.Id).Where(id => id is not (Rules.Coverage or Rules.UnknownIndicator or Rules.MissingGroupName or Rules.Workbook or Rules.OtherMunicipality)); // coverage is not located in a file; the next two belong to long and groups files, then workbooks (Workbooks/WorkbookImportTests) and an analyst's web upload (Web/UploadFlowTests)

        Assert.That(Expected().Select(e => e.Rule).Distinct(), Is.EquivalentTo(plantable));
    }

    [Test]
    public void MessyFiles_AreSmallAndEachPlantsAProblemExceptTheCleanEncodingProof()
    {
        var listed = Expected().Select(e => e.File).ToHashSet();
        foreach (var file in MessyFiles())
        {
            var lines = Lines(file);
            Assert.That(lines.Length, file == "empty.csv" ? Is.Zero : Is.InRange(11, 31), $"{file}: header and 10–30 rows");
            Assert.That(listed.Contains(file), Is.EqualTo(file != CleanEncodingFile), file);
        }

        Assert.That(listed, Is.SubsetOf(MessyFiles()));
    }

    [Test]
    public void FieldCountFindings_AreRowsWithAnotherNumberOfFields()
    {
        foreach (var (file, line, _, _) in Expected().Where(e => e.Rule == Rules.FieldCount))
        {
            var lines = Lines(file);
            // Another number of fields, or a quote that is never closed (which makes the row unsplittable).
            var unclosedQuote = lines[line - 1].Count(c => c == '"') % 2 == 1;
            Assert.That(lines[line - 1].Split(';').Length != lines[0].Split(';').Length || unclosedQuote, Is.True, $"{file}:{line}");
        }
    }

    [Test]
    public void WindowsFile_IsNotUtf8AndSpellsSudwestFryslanAsTheReference()
    {
        var bytes = File.ReadAllBytes(Path.Combine(MessyFolder, CleanEncodingFile));

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        Assert.That(bytes, Does.Contain((byte)0xFA), "ú in Windows-1252");
        Assert.That(Lines(CleanEncodingFile), Has.Some.Contains("GM1900;Súdwest-Fryslân;"));
    }

    [Test]
    public void RowsWithAKnownCode_CarryTheOfficialName_ExceptWhereAMismatchIsPlanted()
    {
        var registry = BuiltInMunicipalities.Registry;
        var mismatches = Expected().Where(e => e.Rule == Rules.NameMismatch).Select(e => (e.File, e.Line)).ToHashSet();
        foreach (var file in MessyFiles())
        {
            var lines = Lines(file);
            if (lines.Length == 0 || !lines[0].StartsWith("gemeentecode;gemeentenaam;", StringComparison.Ordinal))
            {
                continue;
            }

            for (var i = 1; i < lines.Length; i++)
            {
                var fields = lines[i].Split(';');
                if (MunicipalityCode.TryParse(fields[0], out var code) && registry.Find(code) is { } m && !fields[1].StartsWith('"'))
                {
                    var matches = file == "name-mismatch.csv" ? registry.NameMatches(code, fields[1]) : fields[1] == m.Name;
                    Assert.That(matches, Is.Not.EqualTo(mismatches.Contains((file, i + 1))), $"{file}:{i + 1} '{fields[1]}' for {code}");
                }
            }
        }
    }

    /// <summary>Findings on a computed BBV ratio name the derived indicator's code as column (it has no header).</summary>
    private static bool IsDerivedIndicator(string column) =>
        Benchmark.Catalog.IndicatorCatalog.Default.TryGet(column, out var i) && i.Kind == Benchmark.Catalog.IndicatorKind.Derived;
}
