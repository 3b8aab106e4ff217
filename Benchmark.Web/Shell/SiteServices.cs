using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Benchmark.Store;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Benchmark.Web.Shell;

/// <summary>The services of the site: the store, Razor Pages, cookie sign-in, Data Protection in the store (encrypted), antiforgery, rate limits.</summary>
internal static class SiteServices
{
    public static void Add(IServiceCollection services, IDatasetStore store, WebOptions options, KeyRingSecret secret)
    {
        services.AddSingleton(store);
        services.AddSingleton(secret);
        services.AddSingleton(options);
        services.AddHttpContextAccessor();
        services.AddScoped<Ui>();
        services.AddSingleton<Analysis.StoreEngine>();
        services.AddSingleton<Reading.ReaderEngine>();
        services.AddScoped<Reading.Reader>();
        services.AddSingleton<Reading.ReportCache>();
        Api.ApiEndpoints.AddServices(services);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Coordinator", Policies.Coordinator);
            o.Conventions.AuthorizeFolder("/Upload", Policies.Uploader);
            o.Conventions.AuthorizeFolder("/Datasets", Policies.Member);
        }).AddMvcOptions(o => o.Filters.Add(new BadInputFilter()));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(k =>
            {
                k.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<IDatasetStore>());
                k.XmlEncryptor = new KeyRingEncryptor(sp.GetRequiredService<KeyRingSecret>());
            }));
        services.AddDataProtection().SetApplicationName("Benchmark.Web");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.Cookie.Name = "benchmark.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in reader without the role gets 403 and the error page, not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = context =>
            {
                if (CurrentUser.Resolve(context.HttpContext, context.Principal) is null)
                {
                    context.RejectPrincipal();
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "benchmark.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxUploadBytes + BenchmarkWeb.RequestOverhead);
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts (POST /login) per client address; reading the form is not limited.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
    }
}
