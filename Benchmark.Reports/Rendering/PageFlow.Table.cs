using SkiaSharp;

namespace Benchmark.Reports.Rendering;

/// <content>Tables and charts.</content>
internal sealed partial class PageFlow
{
    public const float CellPadX = 4;
    private const float CellPadY = 3;

    /// <summary>
    /// A table at the cursor: wrapped cells, a shaded header repeated on every page the table continues on, thin rules
    /// between rows. Rows never split across pages.
    /// </summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<TableCell>> rows, TextStyle style, float x = Left)
    {
        var headerStyle = style with { Bold = true, Color = ReportPalette.Heading };
        var headerHeight = HeaderHeight(columns, headerStyle);
        DrawHeader(columns, headerStyle, x, Y, headerHeight);
        Y += headerHeight;
        foreach (var row in rows)
        {
            var height = RowHeight(columns, row, style);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawHeader(columns, headerStyle, x, Y, headerHeight);
                Y += headerHeight;
            }

            DrawRow(columns, row, style, x, Y, height);
            Y += height;
        }
    }

    /// <summary>A table at a fixed place (no page breaks); returns its height.</summary>
    public float TableAt(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<TableCell>> rows, TextStyle style, float x, float top)
    {
        var headerStyle = style with { Bold = true, Color = ReportPalette.Heading };
        var y = top;
        var headerHeight = HeaderHeight(columns, headerStyle);
        DrawHeader(columns, headerStyle, x, y, headerHeight);
        y += headerHeight;
        foreach (var row in rows)
        {
            var height = RowHeight(columns, row, style);
            DrawRow(columns, row, style, x, y, height);
            y += height;
        }

        return y - top;
    }

    /// <summary>The height a table would take at a fixed place.</summary>
    public float TableHeight(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<TableCell>> rows, TextStyle style) =>
        HeaderHeight(columns, style with { Bold = true }) + rows.Sum(r => RowHeight(columns, r, style));

    private float HeaderHeight(IReadOnlyList<TableColumn> columns, TextStyle style)
    {
        var height = 0f;
        foreach (var c in columns)
        {
            var h = c.RotateHeader
                ? FallbackText.Measure(Font(style), c.Header) + (2 * CellPadX)
                : (Wrap(c.Header, style, c.Width - (2 * CellPadX)).Count * style.Leading) + (2 * CellPadY);
            height = Math.Max(height, h);
        }

        return height;
    }

    private float RowHeight(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableCell> row, TextStyle style)
    {
        var lines = 1;
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = row[i];
            var cellStyle = cell.Bold ? style with { Bold = true } : style;
            lines = Math.Max(lines, Wrap(cell.Text, cellStyle, columns[i].Width - (2 * CellPadX) - cell.PainterWidth).Count);
        }

        return (lines * style.Leading) + (2 * CellPadY);
    }

    private void DrawHeader(IReadOnlyList<TableColumn> columns, TextStyle style, float x, float top, float height)
    {
        var total = columns.Sum(c => c.Width);
        Rect(new SKRect(x, top, x + total, top + height), ReportPalette.Shade);
        var left = x;
        foreach (var c in columns)
        {
            if (c.RotateHeader)
            {
                var font = Font(style);
                var paint = Paint(style.Color);
                var cx = left + (c.Width / 2) + (style.Size * 0.35f);
                var by = top + height - CellPadX;
                var text = c.Header;
                Draw(canvas =>
                {
                    canvas.Save();
                    canvas.RotateDegrees(-90, cx, by);
                    FallbackText.Draw(canvas, text, cx, by, font, paint);
                    canvas.Restore();
                });
            }
            else
            {
                var lines = Wrap(c.Header, style, c.Width - (2 * CellPadX));
                var y = top + height - CellPadY - (lines.Count * style.Leading);
                foreach (var line in lines)
                {
                    TextAt(line, c.AlignRight ? left + c.Width - CellPadX : left + CellPadX, y, style, c.AlignRight);
                    y += style.Leading;
                }
            }

            left += c.Width;
        }

        Line(x, top + height, x + total, top + height, ReportPalette.Heading, 0.8f);
    }

    private void DrawRow(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableCell> row, TextStyle style, float x, float top, float height)
    {
        var left = x;
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            var cell = row[i];
            var rect = new SKRect(left, top, left + c.Width, top + height);
            if (cell.Fill is { } fill)
            {
                Rect(new SKRect(rect.Left + 0.5f, rect.Top + 0.5f, rect.Right - 0.5f, rect.Bottom - 0.5f), fill);
            }

            if (cell.Painter is { } painter)
            {
                var area = new SKRect(left + CellPadX, top + CellPadY, left + CellPadX + cell.PainterWidth, top + CellPadY + style.Leading);
                Draw(canvas => painter(canvas, area));
            }

            var cellStyle = (cell.Bold ? style with { Bold = true } : style) with { Color = cell.Color ?? style.Color };
            var lines = Wrap(cell.Text, cellStyle, c.Width - (2 * CellPadX) - cell.PainterWidth);
            var y = top + CellPadY;
            foreach (var line in lines)
            {
                if (c.AlignRight)
                {
                    TextAt(line, left + c.Width - CellPadX, y, cellStyle, alignRight: true);
                }
                else
                {
                    TextAt(line, left + CellPadX + cell.PainterWidth, y, cellStyle);
                }

                y += style.Leading;
            }

            left += c.Width;
        }

        Line(x, top + height, x + columns.Sum(c => c.Width), top + height, ReportPalette.Rule, 0.4f);
    }

    /// <summary>A chart at a fixed place; the plot is built and drawn when the page is written, then disposed.</summary>
    public void ChartAt(Func<ScottPlot.Plot> create, float x, float top, float width, float height)
    {
        var rect = new SKRect(x, top, x + width, top + height);
        Draw(canvas =>
        {
            using var plot = create();

            // ScottPlot clears its canvas before drawing; on a PDF page that is a transparent fill in Src mode, which Skia's
            // PDF backend emulates with an image the size of the page (and a finalizer to free it). The chart paints its
            // own background over its rectangle, so the clear changes nothing on the page.
            plot.RenderManager.ClearCanvasBeforeEachRender = false;
            canvas.Save();
            canvas.ClipRect(rect);
            plot.Render(canvas, new ScottPlot.PixelRect(rect.Left, rect.Right, rect.Bottom, rect.Top));
            canvas.Restore();
        });
    }

    /// <summary>A full-width chart at the cursor.</summary>
    public void Chart(Func<ScottPlot.Plot> create, float height)
    {
        Ensure(height);
        ChartAt(create, Left, Y, Width, height);
        Y += height;
    }
}
