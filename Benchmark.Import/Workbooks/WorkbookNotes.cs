using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// Notes (Excel's comments) on header cells: the comments part and the VML drawing Excel needs to show them as the
/// small red triangle with a pop-up.
/// </summary>
internal static class WorkbookNotes
{
    public static void Add(WorksheetPart sheet, IReadOnlyList<WorkbookColumn> columns)
    {
        var noted = columns.Select((c, i) => (c.Note, Index: i)).Where(c => c.Note is not null).ToList();
        if (noted.Count == 0)
        {
            return;
        }

        var comments = sheet.AddNewPart<WorksheetCommentsPart>();
        var list = new CommentList();
        foreach (var (note, index) in noted)
        {
            list.Append(new Comment(new CommentText(new Run(new DocumentFormat.OpenXml.Spreadsheet.Text(note!) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))
            {
                Reference = SheetGrid.ColumnLetters(index) + "1",
                AuthorId = 0,
            });
        }

        comments.Comments = new Comments(new Authors(new Author("Benchmark")), list);
        var vml = sheet.AddNewPart<VmlDrawingPart>();
        using (var stream = vml.GetStream(FileMode.Create))
        {
            var bytes = Encoding.UTF8.GetBytes(Vml(noted.Select(n => n.Index)));
            stream.Write(bytes);
        }

        sheet.Worksheet!.Append(new LegacyDrawing { Id = sheet.GetIdOfPart(vml) });
    }

    private static string Vml(IEnumerable<int> columns)
    {
        var text = new StringBuilder();
        text.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        text.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>");
        text.Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        var id = 1025;
        foreach (var column in columns)
        {
            text.Append("<v:shape id=\"_x0000_s").Append(id++).Append("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">");
            text.Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>");
            text.Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>").Append(column).Append("</x:Column></x:ClientData></v:shape>");
        }

        return text.Append("</xml>").ToString();
    }
}
