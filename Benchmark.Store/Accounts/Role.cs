namespace Benchmark.Store.Accounts;

/// <summary>What an account may do in the shared learning environment.</summary>
public enum Role
{
    /// <summary>Runs the benchmark year: opens and publishes years, manages accounts and circles, reads the audit log, may upload for every municipality.</summary>
    Coordinator,

    /// <summary>Uploads and checks the files of their own municipality; reads its pages.</summary>
    Analyst,

    /// <summary>Reads the dashboards, circle pages and PDFs of their own municipality.</summary>
    Director,

    /// <summary>Reads published figures through the JSON API with a personal token, anonymised.</summary>
    Researcher,
}
