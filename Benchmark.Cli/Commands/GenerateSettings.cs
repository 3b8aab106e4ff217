using Benchmark.Cli.Help;
using System.ComponentModel;
using Benchmark.Samples.Scale;
using Benchmark.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark generate</c>.</summary>
/// <remarks>
/// Derives from <see cref="CommandSettings"/>, not <see cref="CommonSettings"/>: here <c>--format</c> is the data layout
/// (long or wide), not the output format of a result.
/// </remarks>
public sealed class GenerateSettings : CommandSettings
{
    /// <summary>The number of units (municipalities), 1–100,000.</summary>
    [CommandOption("--units <N>")]
    [LocalizedDescription("Number of units (municipalities), 1–100000: codes GM0000, GM0001, … GM9999, then the extended codes GM10000 … GM99999.")]
    [DefaultValue(340)]
    public int Units { get; init; } = 340;

    /// <summary>The number of years.</summary>
    [CommandOption("--years <Y>")]
    [LocalizedDescription("Number of consecutive years, ending with --last-year.")]
    [DefaultValue(10)]
    public int Years { get; init; } = 10;

    /// <summary>The last year.</summary>
    [CommandOption("--last-year <YEAR>")]
    [LocalizedDescription("The last year (default 2024).")]
    [DefaultValue(2024)]
    public int LastYear { get; init; } = 2024;

    /// <summary>The number of synthetic indicators.</summary>
    [CommandOption("--indicators <I>")]
    [LocalizedDescription("Number of synthetic indicators syn_01, syn_02, … (1–999).")]
    [DefaultValue(10)]
    public int Indicators { get; init; } = 10;

    /// <summary>The seed.</summary>
    [CommandOption("--seed <S>")]
    [LocalizedDescription("Seed: the same options give the same bytes on every machine.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>The data layout.</summary>
    [CommandOption("--format <LAYOUT>")]
    [LocalizedDescription("Layout: [green]long[/] (gemeentecode;jaar;indicator;waarde, default) or [green]wide[/] (a column per indicator).")]
    [DefaultValue(ScaleLayout.Long)]
    public ScaleLayout Layout { get; init; } = ScaleLayout.Long;

    /// <summary>The share of missing values.</summary>
    [CommandOption("--missing <RATE>")]
    [LocalizedDescription("Share of values left empty (missing), 0–0.5 (default 0.02).")]
    [DefaultValue(0.02)]
    public double MissingRate { get; init; } = 0.02;

    /// <summary>The number of planted outliers.</summary>
    [CommandOption("--outliers <N>")]
    [LocalizedDescription("Number of planted outliers (× 6 or ÷ 6); default one per 100,000 cells, at least 3.")]
    public int? Outliers { get; init; }

    /// <summary>The data file to write.</summary>
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("The data file to write (CSV: ';' separator, decimal comma, UTF-8).")]
    public string? Out { get; init; }

    /// <summary>Also write the matching municipality reference here.</summary>
    [CommandOption("--reference-out <FILE>")]
    [LocalizedDescription("Also write the units' municipality reference (code;name;province;inhabitants) for --municipalities.")]
    public string? ReferenceOut { get; init; }

    /// <summary>Also write the matching indicator catalogue here.</summary>
    [CommandOption("--catalog-out <FILE>")]
    [LocalizedDescription("Also write the synthetic indicators' catalogue (JSON) for --catalog.")]
    public string? CatalogOut { get; init; }

    /// <summary>Language of the summary line.</summary>
    [CommandOption("--lang <LANG>")]
    [LocalizedDescription("Language for people: [green]nl[/] (default) or [green]en[/].")]
    [TypeConverter(typeof(LanguageConverter))]
    [DefaultValue("nl")]
    public Language Lang { get; init; } = Language.Dutch;

    /// <summary>The generator options these settings describe.</summary>
    public ScaleOptions ToOptions() => new()
    {
        Units = Units,
        Years = Years,
        LastYear = LastYear,
        Indicators = Indicators,
        Seed = Seed,
        Layout = Layout,
        MissingRate = MissingRate,
        Outliers = Outliers,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error(Lang.Pick("Geef het bestand om te schrijven: --out groot.csv", "Give the file to write: --out big.csv"));
        }

        var options = ToOptions();
        try
        {
            options.Check();
        }
        catch (ArgumentException ex)
        {
            // The option as typed and its range, in the reader's language (the library's text is English, for developers).
            return ValidationResult.Error(Problem(ex.ParamName, options)?.Get(Lang) ?? $"generate: {UsageException.TextOf(ex, Lang)}");
        }

        return base.Validate();
    }

    /// <summary>What is wrong with the option named <paramref name="parameter"/>, as the reader typed it.</summary>
    private static LocalizedText? Problem(string? parameter, ScaleOptions o)
    {
        var culture = Language.Dutch.Culture;
        return parameter switch
        {
            nameof(Units) => new($"--units {o.Units}: het aantal eenheden moet tussen 1 en {ScaleOptions.MaxUnits.ToString("N0", culture)} liggen (codes GM0000 tot GM99999).", $"--units {o.Units}: the number of units must lie within 1–{ScaleOptions.MaxUnits} (codes GM0000 to GM99999)."),
            nameof(Years) => new($"--years {o.Years}: het aantal jaren moet tussen 1 en 100 liggen.", $"--years {o.Years}: the number of years must lie within 1–100."),
            nameof(LastYear) => new($"--last-year {o.LastYear} met --years {o.Years}: de jaren {o.FirstYear}–{o.LastYear} moeten binnen 1990–2100 liggen (het bereik dat import accepteert).", $"--last-year {o.LastYear} with --years {o.Years}: the years {o.FirstYear}–{o.LastYear} must lie within 1990–2100 (the range import accepts)."),
            nameof(Indicators) => new($"--indicators {o.Indicators}: het aantal indicatoren moet tussen 1 en 999 liggen.", $"--indicators {o.Indicators}: the number of indicators must lie within 1–999."),
            nameof(MissingRate) => new($"--missing {o.MissingRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}: het aandeel ontbrekende waarden moet tussen 0 en 0.5 liggen.", $"--missing {o.MissingRate.ToString(System.Globalization.CultureInfo.InvariantCulture)}: the share of missing values must lie within 0–0.5."),
            nameof(Outliers) => new($"--outliers {o.Outliers}: het aantal uitschieters mag niet negatief zijn.", $"--outliers {o.Outliers}: the number of outliers must not be negative."),
            _ => null,
        };
    }
}
