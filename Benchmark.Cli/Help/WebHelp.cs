namespace Benchmark.Cli.Help;

/// <summary>The Dutch of the help texts of the serve and users commands, keyed by the English text in the code.</summary>
internal static class WebHelp
{
    public static Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal)
    {
        ["The shared learning environment in the browser: upload, check, compare (--demo: fresh store with the samples and one account per role)."] = "De gedeelde leeromgeving in de browser: aanleveren, controleren, vergelijken (--demo: nieuwe opslag met de voorbeelden en één account per rol).",
        ["Where to listen (semicolon-separated), default http://127.0.0.1:5080."] = "Waar de site luistert (gescheiden door puntkomma's), standaard http://127.0.0.1:5080.",
        ["A fresh store (benchmark-demo/serve.db) with every sample year, the sample circles and one demo account per role; the passwords are printed once."] = "Een nieuwe opslag (benchmark-demo/serve.db) met elk voorbeeldjaar, de voorbeeldleerkringen en één demo-account per rol; de wachtwoorden worden eenmalig getoond.",
        ["The largest file the site accepts, in MB (default 20)."] = "Het grootste bestand dat de site aanneemt, in MB (standaard 20).",
        ["Send the sign-in cookie only over HTTPS (when served behind a TLS proxy)."] = "Stuur het inlogcookie alleen over HTTPS (achter een TLS-proxy).",
    };
}
