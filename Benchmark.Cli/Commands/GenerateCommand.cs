using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Samples.Scale;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>
/// <c>benchmark generate --units N --years Y --indicators I --seed S --format long|wide --out FILE</c>: deterministic
/// synthetic data at any scale, with the reference and catalogue that make the engine accept it.
/// </summary>
internal sealed class GenerateCommand(CliEnvironment env) : Command<GenerateSettings>
{
    public override int Execute(CommandContext context, GenerateSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.ToOptions();
        long rows;
        try
        {
            rows = Write(settings.Out!, stream => ScaleGenerator.WriteData(stream, options));
            if (settings.ReferenceOut is { } reference)
            {
                Write(reference, stream => { ScaleGenerator.WriteMunicipalities(stream, options); return 0L; });
            }

            if (settings.CatalogOut is { } catalog)
            {
                Write(catalog, stream => { ScaleGenerator.WriteCatalog(stream, options); return 0L; });
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"benchmark generate: {UsageException.TextOf(ex, settings.Lang)}");
            return ExitCodes.UsageOrUnreadable;
        }

        env.Error.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            settings.Lang.Pick("{0}: {1} rijen ({2} eenheden × {3} jaar × {4} indicatoren, {5}, seed {6}).", "{0}: {1} rows ({2} units × {3} years × {4} indicators, {5}, seed {6})."),
            settings.Out,
            rows,
            options.Units,
            options.Years,
            options.Indicators,
            options.Layout.ToString().ToLowerInvariant(),
            options.Seed));
        return ExitCodes.Ok;
    }

    private long Write(string path, Func<Stream, long> write)
    {
        return OutputFile.Write(env.Resolve(path), write);
    }
}
