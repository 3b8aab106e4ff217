using Benchmark.Web.Reading;

namespace Benchmark.Web.Api;

/// <summary>Ends an API call with a problem+json answer (bad input, someone else's figures, an unknown id).</summary>
internal sealed class ApiProblemException(ReadProblem problem) : Exception(problem.Message.En)
{
    public ReadProblem Problem { get; } = problem;

    /// <summary>Throws when <paramref name="problem"/> is set.</summary>
    public static void ThrowIf(ReadProblem? problem)
    {
        if (problem is not null)
        {
            throw new ApiProblemException(problem);
        }
    }
}
