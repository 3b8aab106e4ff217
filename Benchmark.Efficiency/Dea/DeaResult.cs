namespace Benchmark.Efficiency.Dea;

/// <summary>The DEA of a set of units: the model that was solved and every unit's score, in the order given.</summary>
/// <param name="Options">The model (orientation, returns to scale, slack objective).</param>
/// <param name="InputNames">The inputs' names, in order.</param>
/// <param name="OutputNames">The outputs' names, in order.</param>
/// <param name="Scores">One score per unit.</param>
public sealed record DeaResult(DeaOptions Options, IReadOnlyList<string> InputNames, IReadOnlyList<string> OutputNames, IReadOnlyList<DeaScore> Scores)
{
    /// <summary>The method as one line: model, solver and phases (English; <see cref="MethodText"/> in both languages).</summary>
    public string Method => MethodText.En;

    /// <summary>The method as one line in Dutch and English: model, solver and phases.</summary>
    public Text.LocalizedText MethodText => new(
        $"{Options.Name} omhullings-LP (GLOP), twee fasen ({(Options.Slacks == SlackObjective.Sum ? "max Σ overschotten" : "max Σ overschotten / gemiddelde")}), " +
        (Options.SuperEfficiency ? "super-efficiëntie volgens Andersen–Petersen" : "geen super-efficiëntie"),
        $"{Options.Name} envelopment LP (GLOP), two-phase ({(Options.Slacks == SlackObjective.Sum ? "max Σ slacks" : "max Σ slacks / mean")}), " +
        (Options.SuperEfficiency ? "Andersen–Petersen super-efficiency" : "no super-efficiency"));

    /// <summary>The score of <paramref name="id"/>, or <see langword="null"/>.</summary>
    public DeaScore? this[string id] => Scores.FirstOrDefault(s => s.Id == id);
}
