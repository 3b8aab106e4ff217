using Benchmark.Store.Accounts;
using Benchmark.Text;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Benchmark.Web.Shell;

/// <summary>
/// What a page needs to speak to its reader: the language (the <c>lang</c> cookie; Dutch by default), texts in both
/// languages, and the signed-in account. Injected into every view as <c>Ui</c> (see _ViewImports.cshtml).
/// </summary>
internal sealed class Ui(IHttpContextAccessor accessor)
{
    /// <summary>The cookie that keeps the reader's language choice (<c>nl</c> or <c>en</c>).</summary>
    public const string LanguageCookie = "lang";

    private HttpContext Context => accessor.HttpContext ?? throw new InvalidOperationException("No request.");

    /// <summary>The reader's language.</summary>
    public Language Language => LanguageOf(Context);

    /// <summary>The HTML <c>lang</c> attribute.</summary>
    public string HtmlLang => Language.Code;

    /// <summary>The signed-in account, or <see langword="null"/>.</summary>
    public Account? Account => Context.CurrentAccount();

    /// <summary>The text in the reader's language.</summary>
    public string T(string nl, string en) => Language.Pick(nl, en);

    /// <summary>A localized text in the reader's language.</summary>
    public string T(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Get(Language);
    }

    /// <summary>A number or date formatted for the reader's language.</summary>
    public string F(IFormattable value, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToString(format, Language.Culture);
    }

    /// <summary>The language of a request: the <c>lang</c> cookie, else Dutch.</summary>
    public static Language LanguageOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Cookies[LanguageCookie] == "en" ? Language.English : Language.Dutch;
    }
}
