namespace Benchmark.Validation.Checks;

/// <summary>One dataset-level rule (or the derivation step), run by <see cref="DatasetValidator"/> in a fixed order.</summary>
internal interface IValidationStep
{
    /// <summary>Checks the state, adds findings, rejects values or adds computed ones.</summary>
    void Run(ValidationState state);
}
