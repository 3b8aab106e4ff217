using System.Globalization;
using Benchmark.Cli.Infrastructure;
using Benchmark.Import;
using Benchmark.Samples;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary><c>benchmark samples --out DIR</c>: writes the seeded synthetic sample files, byte for byte reproducible.</summary>
internal sealed class SamplesCommand(CliEnvironment env) : Command<SamplesSettings>
{
    public override int Execute(CommandContext context, SamplesSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.Seed is { } seed ? SampleOptions.Default with { Seed = seed } : SampleOptions.Default;
        var folder = env.Resolve(settings.Out!);
        var files = SampleGenerator.Generate(BuiltInMunicipalities.Registry, options);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.RelativePath);
            OutputFile.Write(path, stream =>
            {
                stream.Write(file.Content.Span);
                return 0;
            });
        }

        env.Error.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            settings.Lang.Pick("{0} bestanden geschreven naar {1} (seed {2}).", "{0} files written to {1} (seed {2})."),
            files.Count,
            folder,
            options.Seed));
        return ExitCodes.Ok;
    }
}
