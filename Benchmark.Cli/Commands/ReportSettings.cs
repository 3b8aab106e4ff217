using Benchmark.Cli.Help;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark report</c>: one municipality, every municipality (<c>--all</c>) or a learning circle (<c>--group</c>).</summary>
public sealed class ReportSettings : AnalysisSettings
{
    /// <summary>The municipality (code or name); with <c>--group</c> the member to highlight.</summary>
    [CommandArgument(0, "[MUNICIPALITY]")]
    [LocalizedDescription("The municipality: CBS code (GM0193) or name. With --group: the member to highlight (optional).")]
    public string? Municipality { get; init; }

    /// <summary>The year; the latest year of the data when omitted.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("The year (default: the latest year in the data).")]
    public int? Year { get; init; }

    /// <summary>The PDF file (one report) or folder (<c>--all</c>).</summary>
    [CommandOption("--out <PATH>")]
    [LocalizedDescription("The PDF to write (default benchmark-GMxxxx-YEAR.pdf); with --all the folder for the PDFs.")]
    public string? Out { get; init; }

    /// <summary>One report per municipality of the year.</summary>
    [CommandOption("--all")]
    [LocalizedDescription("One PDF per municipality with data in the year, in the folder given by --out (uses every core).")]
    public bool All { get; init; }

    /// <summary>A learning-circle report for the named group.</summary>
    [CommandOption("--group <NAME>")]
    [LocalizedDescription("A learning-circle report: every member of the named group side by side (needs --groups FILE).")]
    public string? Group { get; init; }

    /// <summary>The organisation named as the PDF's author.</summary>
    [CommandOption("--organisation <NAME>")]
    [LocalizedDescription("The organisation named as author of the PDF (default: Benchmark), e.g. \"Gemeente Zwolle, team Bedrijfsvoering\".")]
    public string? Organisation { get; init; }

    /// <summary>Show other municipalities as letters.</summary>
    [CommandOption("--anonymize")]
    [LocalizedDescription("Show every other municipality as a label (Gemeente K, Gemeente AB, …) that follows no public order; names, codes, provinces and inhabitants of others appear nowhere in the PDF.")]
    public bool Anonymize { get; init; }

    /// <summary>The secret that draws the anonymized labels; the store's own secret (or, with --input, a fresh one per run) when omitted.</summary>
    [CommandOption("--anonymize-key <KEY>")]
    [LocalizedDescription("With --anonymize: a secret text that draws the labels, so that reports made separately give a municipality the same label (default: the store's own secret; with --input a new one per run).")]
    public string? AnonymizeKey { get; init; }

    /// <summary>With --input: a respondent file whose aggregates give the experience-survey page (the store's otherwise).</summary>
    [CommandOption("--respondents <FILE>")]
    [LocalizedDescription("With --input: a respondent file (experience survey) whose aggregates give the report its experience-survey page; from the store the imported survey is used.")]
    public string? Respondents { get; init; }

    /// <summary>With --input: an explanations file (as explain export writes it) whose current explanations the report shows.</summary>
    [CommandOption("--explanations <FILE>")]
    [LocalizedDescription("With --input: an explanations file (as benchmark explain export writes it) whose latest explanations the report shows beside the values; from the store the stored ones are used.")]
    public string? Explanations { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (All && (Municipality is not null || Group is not null))
        {
            return ValidationResult.Error(Lang.Pick("--all maakt een rapport voor elke gemeente; laat de gemeente en --group weg.", "--all makes a report for every municipality; leave out the municipality and --group."));
        }

        if (All && string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error(Lang.Pick("--all heeft de map voor de PDF's nodig: --out MAP.", "--all needs the folder for the PDFs: --out DIR."));
        }

        if (!All && Group is null && string.IsNullOrWhiteSpace(Municipality))
        {
            return ValidationResult.Error(Lang.Pick("Noem de gemeente (benchmark report GM0193 --year 2024 …), of gebruik --all of --group NAAM.", "Name the municipality (benchmark report GM0193 --year 2024 …), or use --all or --group NAME."));
        }

        if (AnonymizeKey is not null && (!Anonymize || string.IsNullOrWhiteSpace(AnonymizeKey)))
        {
            return ValidationResult.Error(Lang.Pick("--anonymize-key bepaalt de labels van --anonymize: voeg --anonymize toe en geef een niet-lege sleutel.", "--anonymize-key draws the labels of --anonymize: add --anonymize, and give a non-empty key."));
        }

        if ((Respondents is not null || Explanations is not null) && Input.Length == 0)
        {
            return ValidationResult.Error(Lang.Pick("--respondents en --explanations horen bij --input; uit de opslag komen het ingelezen belevingsonderzoek en de opgeslagen duidingen.", "--respondents and --explanations go with --input; from the store the imported survey and the stored explanations are used."));
        }

        if (Group is not null && Groups is null)
        {
            return ValidationResult.Error(Lang.Pick("--group heeft het groepenbestand nodig: --groups BESTAND (kolommen groep;gemeentecode).", "--group needs the groups file: --groups FILE (columns groep;gemeentecode)."));
        }

        return base.Validate();
    }
}
