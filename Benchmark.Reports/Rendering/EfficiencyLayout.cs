using Benchmark.Reports.Model;

namespace Benchmark.Reports.Rendering;

/// <summary>Lays out the efficiency pages of the municipality and the learning-circle report.</summary>
internal static class EfficiencyLayout
{
    private static readonly TextStyle TableText = TextStyle.Note with { Color = ReportPalette.Ink, Leading = 9 };

    public static void Page(PageFlow flow, EfficiencySection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(section.Intro, TextStyle.Small with { Leading = 12 });
        flow.Space(4);
        MunicipalityLayout.KeyFigures(flow, section.KeyFigures);
        Part(flow, section.PeersHeading, section.PeersText, section.Peers);
        Part(flow, section.ExpectedHeading, section.ExpectedText, section.Expected);
        Part(flow, section.IndexHeading, section.IndexText, section.Sensitivity);
        Methods(flow, section.Methods);
    }

    public static void Page(PageFlow flow, CircleEfficiencySection section)
    {
        SharedLayout.Heading(flow, section.Heading, TextStyle.Heading1, 6);
        flow.Paragraph(section.Intro, TextStyle.Small with { Leading = 12 });
        flow.Space(10);
        SharedLayout.Table(flow, section.Members, TableText);
        Methods(flow, section.Methods);
    }

    private static void Part(PageFlow flow, string heading, string text, TextTable table)
    {
        SharedLayout.Heading(flow, heading, TextStyle.Heading3, 3);
        flow.Paragraph(text, TextStyle.Small with { Leading = 11.5f });
        flow.Space(2);
        if (!table.IsEmpty)
        {
            SharedLayout.Table(flow, table, TableText);
        }

        flow.Space(4);
    }

    private static void Methods(PageFlow flow, IReadOnlyList<string> methods)
    {
        flow.Paragraph(string.Join(" ", methods), TextStyle.Note);
    }
}
