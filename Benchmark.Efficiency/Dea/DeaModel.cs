using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmark.Text;

namespace Benchmark.Efficiency.Dea;

/// <summary>
/// Which catalogue figures are DEA inputs and outputs, and the model — what a small model file says. The default:
/// inputs overhead costs, ICT costs and staffed FTE; outputs inhabitants and addresses; BCC, input-oriented, slacks
/// maximised relative to each figure's mean (euros next to FTE: the plain sum would only see the euros).
/// </summary>
/// <param name="Inputs">Indicator codes of the inputs (resources: costs, FTE).</param>
/// <param name="Outputs">Indicator codes of the outputs (what is served); <c>addresses</c> = address density × area.</param>
/// <param name="Options">The DEA model.</param>
public sealed record DeaModel(IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, DeaOptions Options)
{
    /// <summary>The documented default model.</summary>
    public static DeaModel Default { get; } = new(["overhead_costs", "ict_costs", "fte_staffed"], ["inhabitants", "addresses"], DeaOptions.Default with { Slacks = SlackObjective.SumOfRelative });

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Reads a model file: <c>{"inputs": ["overhead_costs", …], "outputs": ["inhabitants", …], "orientation": "input|output",
    /// "returns": "constant|variable", "slacks": "sum|sumOfRelative", "superEfficiency": true}</c>; omitted entries take the defaults.
    /// </summary>
    /// <exception cref="FormatException">When the file is not such a JSON document.</exception>
    public static DeaModel Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ModelFile file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(json, Json) ?? new ModelFile();
        }
        catch (JsonException ex)
        {
            const string Example = "{\"inputs\": [\"overhead_costs\"], \"outputs\": [\"inhabitants\"], \"orientation\": \"input\", \"returns\": \"variable\"}";
            throw ExplainedException.Format(
                LocalizedText.Format(
                    "Het DEA-modelbestand is niet geldig (regel {0}, positie {1}). Verwacht is bijv. {3}.",
                    "The DEA model file is not valid: {2} Expected e.g. {3}.",
                    ex.LineNumber + 1,
                    ex.BytePositionInLine + 1,
                    ex.Message,
                    Example),
                ex);
        }

        var options = Default.Options with
        {
            Orientation = file.Orientation ?? Default.Options.Orientation,
            Returns = file.Returns ?? Default.Options.Returns,
            Slacks = file.Slacks ?? Default.Options.Slacks,
            SuperEfficiency = file.SuperEfficiency ?? Default.Options.SuperEfficiency,
        };
        return new DeaModel(file.Inputs ?? Default.Inputs, file.Outputs ?? Default.Outputs, options);
    }

    private sealed record ModelFile
    {
        public IReadOnlyList<string>? Inputs { get; init; }

        public IReadOnlyList<string>? Outputs { get; init; }

        public DeaOrientation? Orientation { get; init; }

        public ReturnsToScale? Returns { get; init; }

        public SlackObjective? Slacks { get; init; }

        public bool? SuperEfficiency { get; init; }
    }
}
