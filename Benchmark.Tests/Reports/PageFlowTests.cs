using Benchmark.Reports.Rendering;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Benchmark.Tests.Reports;

/// <summary>
/// The page-flow engine on its own: word wrapping, the cursor and page breaks, tables that repeat their header and
/// never split a row, and the footer's "page n of N" — checked by measuring and by reading the PDF it writes back.
/// </summary>
public sealed class PageFlowTests
{
    private static readonly TextStyle Body = TextStyle.Body;

    [OneTimeSetUp]
    public void Fonts() => ReportFonts.EnsureRegistered();

    [Test]
    public void Wrap_EveryLineFits_AndTheWordsStayInOrder()
    {
        using var flow = new PageFlow();
        var text = string.Join(' ', Enumerable.Range(1, 120).Select(i => "woord" + new string('x', i % 9)));

        var lines = flow.Wrap(text, Body, 150);

        Assert.That(lines, Has.Count.GreaterThan(5));
        Assert.That(lines.Select(l => flow.Measure(l, Body)), Is.All.LessThanOrEqualTo(150f));
        Assert.That(string.Join(' ', lines), Is.EqualTo(text));
    }

    [Test]
    public void Wrap_AddsAWordToALineOnlyWhenItStillFits()
    {
        using var flow = new PageFlow();
        var lines = flow.Wrap("aaa bbb ccc ddd eee fff ggg hhh", Body, 60);

        // Greedy: the first word of each next line would not have fitted at the end of the line before.
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Split(' ')[0];
            Assert.That(flow.Measure(lines[i - 1] + " " + next, Body), Is.GreaterThan(60f), lines[i - 1] + " | " + next);
        }
    }

    [Test]
    public void Wrap_NewlinesStartLines_AndAnOverlongWordIsCutIntoPiecesThatFit()
    {
        using var flow = new PageFlow();
        var word = new string('m', 80);

        var lines = flow.Wrap("kort\n" + word, Body, 100);

        Assert.That(lines[0], Is.EqualTo("kort"));
        Assert.That(string.Concat(lines.Skip(1)), Is.EqualTo(word));
        Assert.That(lines.Skip(1).Select(l => flow.Measure(l, Body)), Is.All.LessThanOrEqualTo(100f));
        Assert.That(lines, Has.Count.GreaterThan(2));
    }

    [Test]
    public void Ensure_BreaksThePageOnlyWhenTheHeightNoLongerFits_AndNeverOnAnEmptyPage()
    {
        using var flow = new PageFlow();

        flow.Ensure(PageFlow.Bottom - PageFlow.Top + 100);
        Assert.That(flow.PageCount, Is.EqualTo(1), "an empty page takes anything");

        flow.Y = PageFlow.Bottom - 20;
        flow.Ensure(20);
        Assert.That(flow.PageCount, Is.EqualTo(1), "exactly fits");

        flow.Ensure(21);
        Assert.That((flow.PageCount, flow.Y), Is.EqualTo((2, PageFlow.Top)));
    }

    [Test]
    public void Space_StopsAtTheBottom()
    {
        using var flow = new PageFlow();
        flow.Space(10_000);

        Assert.That((flow.Y, flow.Remaining, flow.PageCount), Is.EqualTo((PageFlow.Bottom, 0f, 1)));
    }

    [Test]
    public void Paragraph_LongerThanAPage_ContinuesOnTheNextPage_LineByLine()
    {
        using var flow = new PageFlow();
        var text = string.Join(' ', Enumerable.Repeat("Een zin die de pagina vult.", 400));
        var lines = flow.Wrap(text, Body, PageFlow.Width);
        var perPage = (int)((PageFlow.Bottom - PageFlow.Top) / Body.Leading);

        flow.Paragraph(text, Body);

        var pages = (lines.Count + perPage - 1) / perPage;
        Assert.That(flow.PageCount, Is.EqualTo(pages));
        Assert.That(flow.Y, Is.EqualTo(PageFlow.Top + ((lines.Count - ((pages - 1) * perPage)) * Body.Leading)).Within(0.01f));
    }

    [Test]
    public void Table_LongerThanAPage_RepeatsItsHeaderOnEveryPage_AndNeverSplitsARow()
    {
        TableColumn[] columns = [new("Gemeente", 200), new("Waarde", 100, AlignRight: true)];
        var rows = Enumerable.Range(1, 150)
            .Select(i => (IReadOnlyList<TableCell>)[new TableCell($"Rij{i:000} gemeente"), new TableCell(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture))])
            .ToList();

        var pages = Render(flow => flow.Table(columns, rows, Body), "Voettekst", "Pagina {0} van {1}");

        Assert.That(pages, Has.Count.GreaterThan(2));
        Assert.That(pages.Select(p => p.Words.Count(w => w == "Gemeente")), Is.All.EqualTo(1), "the header once on every page");
        var rowsPerPage = pages.Select(p => p.Words.Count(w => w.StartsWith("Rij", StringComparison.Ordinal))).ToList();
        Assert.That(rowsPerPage.Sum(), Is.EqualTo(150), "every row once: none split or lost");
        var order = pages.SelectMany(p => p.Words.Where(w => w.StartsWith("Rij", StringComparison.Ordinal))).ToList();
        Assert.That(order, Is.EqualTo(Enumerable.Range(1, 150).Select(i => $"Rij{i:000}")));
    }

    [Test]
    public void Finish_WritesTheFooterAndPageNOfNOnEveryPageButTheFirst()
    {
        var pages = Render(
            flow =>
            {
                flow.Paragraph("Eerste", Body);
                flow.NewPage();
                flow.Paragraph("Tweede", Body);
                flow.NewPage();
                flow.Paragraph("Derde", Body);
            },
            "Benchmark Zwolle",
            "Pagina {0} van {1}");

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages[0].Text, Does.Not.Contain("Pagina"));
        Assert.That(pages[1].Text, Does.Contain("Pagina 2 van 3").And.Contain("Benchmark Zwolle").And.Contain("Tweede"));
        Assert.That(pages[2].Text, Does.Contain("Pagina 3 van 3").And.Contain("Derde"));
    }

    private static List<(string Text, List<string> Words)> Render(Action<PageFlow> compose, string footer, string pageLabel)
    {
        using var output = new MemoryStream();
        using (var flow = new PageFlow())
        {
            compose(flow);
            using var document = SKDocument.CreatePdf(output);
            flow.Finish(document, footer, pageLabel, footerOnFirstPage: false);
            document.Close();
        }

        using var pdf = PdfDocument.Open(output.ToArray());
        return [.. pdf.GetPages().Select(p =>
        {
            var words = p.GetWords().Select(w => ReportTestData.Normalize(w.Text)).ToList();
            return (string.Join(' ', words), words);
        })];
    }
}
