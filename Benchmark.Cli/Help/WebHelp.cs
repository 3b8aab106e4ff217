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
        ["A file with the secret (at least 32 characters, e.g. openssl rand -base64 32) that encrypts the sign-in keys kept in the store; the same on every web node. Default: BENCHMARK_KEY_FILE or BENCHMARK_KEY_SECRET, else for a SQLite store the file beside it (benchmark.db.key, made the first time). Required for PostgreSQL."] = "Een bestand met het geheim (minstens 32 tekens, bv. openssl rand -base64 32) waarmee de inlogsleutels in de opslag versleuteld worden; op elke webserver hetzelfde. Standaard: BENCHMARK_KEY_FILE of BENCHMARK_KEY_SECRET, anders bij een SQLite-opslag het bestand ernaast (benchmark.db.key, de eerste keer gemaakt). Verplicht bij PostgreSQL.",
        ["Delete the sign-in keys kept in the store before starting (when their secret is lost): everyone signs in again."] = "Wis de inlogsleutels in de opslag voor het starten (als hun geheim kwijt is): iedereen logt opnieuw in.",
        ["Accounts of the web site (benchmark serve): list, add (password printed once), disable, reset a password."] = "Accounts van de website (benchmark serve): overzicht, toevoegen (wachtwoord eenmalig getoond), uitschakelen, wachtwoord opnieuw instellen.",
        ["Every account with its role, municipality and state."] = "Elk account met rol, gemeente en stand.",
        ["Add an account; its generated password (and a researcher's token with --token) is printed once."] = "Voeg een account toe; het gegenereerde wachtwoord (en met --token het token van een onderzoeker) wordt eenmalig getoond.",
        ["Disable an account: it can no longer sign in, its sessions and tokens stop at once."] = "Schakel een account uit: het kan niet meer inloggen, sessies en tokens stoppen meteen.",
        ["Set a new generated password (printed once) and lift a lock-out."] = "Stel een nieuw gegenereerd wachtwoord in (eenmalig getoond) en hef een blokkade op.",
        ["The user name (sign-in name) of the account."] = "De gebruikersnaam (inlognaam) van het account.",
        ["[green]coordinator[/], [green]analyst[/], [green]director[/] or [green]researcher[/]."] = "[green]coordinator[/] (coördinator), [green]analyst[/] (analist), [green]director[/] (directeur) of [green]researcher[/] (onderzoeker).",
        ["The municipality (CBS code) of an analyst or director."] = "De gemeente (CBS-code) van een analist of directeur.",
        ["Also issue a personal API token (researchers only); it is printed once and stored hashed."] = "Geef ook een persoonlijk API-token uit (alleen onderzoekers); het wordt eenmalig getoond en gehasht opgeslagen.",
    };
}
