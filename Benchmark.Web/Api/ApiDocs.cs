namespace Benchmark.Web.Api;

/// <summary>What each API endpoint does, in both languages: the OpenAPI summaries (English) and the reference page.</summary>
internal static class ApiDocs
{
    /// <summary>The endpoints: route (under <c>/api/v1</c>), query parameters, Dutch and English description.</summary>
    public static IReadOnlyList<(string Route, string Query, string Nl, string En)> Endpoints { get; } =
    [
        ("/datasets", "", "Opgeslagen datasetversies met jaren die u mag zien.", "Stored dataset versions covering years the caller may see."),
        ("/indicators", "", "De vergelijkbare indicatoren (de codes voor de andere aanroepen).", "The comparable indicators (codes for the other calls)."),
        ("/municipalities", "year", "Gemeenten met cijfers: met code waar u de naam mag zien, anders met hun geanonimiseerde label.", "Municipalities with figures: by code where the caller sees the name, else by anonymised label."),
        ("/statistics/{indicator}", "year, group", "Groepsstatistieken van een indicator per groep (group = default | size-class | province | all | group:NAAM); te kleine groepen zonder cijfers.", "Group statistics of an indicator per group (group = default | size-class | province | all | group:NAME); groups below the minimum size without figures."),
        ("/positions/{municipality}", "year, group", "De positie van een gemeente op elke indicator in haar vergelijkingsgroep (als benchmark compare).", "A municipality's position on every indicator in its peer group (as benchmark compare)."),
        ("/league/{indicator}", "year, group, municipality", "Ranglijsten van een indicator (als benchmark rank): per groep, of in de vergelijkingsgroep van municipality=….", "League tables of an indicator (as benchmark rank): per group, or in the peer group of municipality=…."),
        ("/partners/{municipality}", "year, indicator, group", "Leerpartners: met wie bellen (als benchmark partners).", "Learning partners: whom to call (as benchmark partners)."),
    ];

    /// <summary>The English summary of <paramref name="route"/>.</summary>
    public static string Summary(string route) => Endpoints.First(e => e.Route == route).En;
}
