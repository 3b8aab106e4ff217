namespace Benchmark.Survey;

/// <summary>The two experience surveys of the benchmark.</summary>
public enum SurveyKind
{
    /// <summary>Medewerkerstevredenheidsonderzoek (MTO): employees about their work and employer.</summary>
    Mto,

    /// <summary>Interne klanttevredenheid (KTV): internal customers about the support services.</summary>
    Ktv,
}
