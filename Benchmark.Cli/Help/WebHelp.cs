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
