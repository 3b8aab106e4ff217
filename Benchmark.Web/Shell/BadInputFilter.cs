using Benchmark.Text;
using Benchmark.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Benchmark.Web.Shell;

/// <summary>
/// A query or form value that does not fit its handler parameter (<c>?year=abc</c>, <c>id=12x</c>, a year beyond
/// 2147483647) is a 400 with the error page naming the value and what was expected — never silently the default. A
/// POST to a handler a page does not have is a 404 (405 without a handler name), not the page shown as if nothing happened.
/// </summary>
internal sealed class BadInputFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (context.HandlerMethod is null && context.HandlerInstance is not ErrorModel && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            // A form posted to a handler the page does not have (?handler=Nonsense), or a method the page does not take.
            context.Result = new StatusCodeResult(request.Query.ContainsKey("handler") ? StatusCodes.Status404NotFound : StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (context.ModelState.IsValid)
        {
            return;
        }

        var (name, entry) = context.ModelState.First(e => e.Value?.ValidationState == ModelValidationState.Invalid);
        var type = context.HandlerMethod?.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var value = entry?.AttemptedValue ?? string.Empty;
        if (value.Length > 40)
        {
            value = value[..40] + "…";
        }

        var expected = type == typeof(bool) ? new LocalizedText("true of false", "true or false")
            : type == typeof(int) ? new LocalizedText("een geheel getal, zoals 2024", "a whole number, such as 2024")
            : new LocalizedText("een nummer, zoals 12", "a number, such as 12");
        context.HttpContext.Items[ErrorModel.DetailKey] = new LocalizedText(
            $"De waarde '{value}' voor {name} heeft niet de goede vorm: verwacht is {expected.Nl}. Pas het adres of het formulier aan en probeer het opnieuw.",
            $"The value '{value}' for {name} does not have the right form: expected is {expected.En}. Correct the address or the form and try again.");
        context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
