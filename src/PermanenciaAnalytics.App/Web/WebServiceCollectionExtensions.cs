using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Configuration;
using PermanenciaAnalytics.App.Web.Api;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.App.Web.Pages;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.App.Web;

public static class WebServiceCollectionExtensions
{
    public const string SmartScheme = "Permanencia";

    /// <summary>
    /// Registers accounts, cookie + bearer authentication, antiforgery and the readers the pages use.
    /// <see cref="IIndicatorReader"/> is per request: the engine's rows, suppressed for the signed-in viewer unless
    /// they may see exact counts. <see cref="IWithdrawnStudentsReader"/> is registered with TryAdd, so a host may
    /// register its own implementation first.
    /// </summary>
    public static IServiceCollection AddPermanenciaWeb(this IServiceCollection services, DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        services.AddOptions<PermanenciaWebOptions>().BindConfiguration(PermanenciaWebOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(target);
        services.AddSingleton<UserStore>();
        services.AddSingleton<AccountSessions>();
        services.AddSingleton<SignInAttempts>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IForbiddenPage, ForbiddenPage>();
        services.TryAddSingleton<IPasswordHasher<AppUser>, PasswordHasher<AppUser>>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PermanenciaWebOptions>>().Value;
            return new AccountService(sp.GetRequiredService<UserStore>(), sp.GetRequiredService<SignInAttempts>(), sp.GetRequiredService<AuditLog>(),
                sp.GetRequiredService<TimeProvider>(), new SignInLimits(Math.Max(1, options.SignInMaxAttempts), options.SignInLockout),
                sp.GetRequiredService<IPasswordHasher<AppUser>>());
        });
        services.AddSignInRateLimit();
        services.AddProxyAndTransportSecurity();
        services.AddSingleton<OutreachOutcomeStore>();
        services.AddScoped<RiskCandidatesReader>();
        services.AddSingleton<LoadLedgerReader>();
        services.AddSingleton<LoadDetailsReader>();
        services.AddSingleton<RejectedRowsReader>();
        services.AddSingleton<QualityWarnings>();
        services.AddHostedService<QualityWarmup>();
        services.AddHostedService<DashboardWarmup>();
        services.AddSingleton<SchoolYears>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<IndicatorEngine>();
        services.AddSingleton<DataVersionCache>();
        services.AddScoped<DataVersion>();
        services.AddScoped<OutcomeStaleness>();
        services.AddScoped<LoadedYears>();
        services.AddScoped<IPublicationLookups>(sp => new CachedPublicationLookups(
            new DatabasePublicationLookups(target), sp.GetRequiredService<DataVersion>(), sp.GetRequiredService<DataVersionCache>()));
        services.TryAddScoped<IIndicatorReader>(sp =>
        {
            var version = sp.GetRequiredService<DataVersion>();
            var cache = sp.GetRequiredService<DataVersionCache>();
            var minCell = sp.GetRequiredService<IOptions<PermanenciaWebOptions>>().Value.SmallCellThreshold;
            var engine = new CachedIndicatorReader(sp.GetRequiredService<IndicatorEngine>(), version, cache, sp.GetRequiredService<OutcomeStaleness>());
            // Suppressing a year's tables together touches every institution: once per data version, not per page view.
            return new ViewerIndicatorReader(engine, sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User, minCell,
                year => cache.GetOrAdd(version.Current, ("suppressed-year", year, minCell),
                    () => JointSuppressor.Apply(JointIndicatorSuppression.TablesOf(engine, year), minCell)));
        });
        services.TryAddScoped<IWithdrawnStudentsReader>(sp => new CachedWithdrawnStudentsReader(
            new SqlWithdrawnStudentsReader(target), target, sp.GetRequiredService<DataVersion>(), sp.GetRequiredService<DataVersionCache>()));
        services.TryAddSingleton<IGradeStudentsReader, SqlGradeStudentsReader>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PermanenciaWebOptions>>().Value;
            return new BearerTokenService(BearerTokenService.KeyFrom(options.TokenKey), options.TokenLifetime, sp.GetRequiredService<TimeProvider>());
        });

        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie o token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "permanencia.sesion";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/prohibido";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // A disabled account, or one with a new password, loses its open sessions (AccountSessions).
                options.Events.OnValidatePrincipal = async context =>
                {
                    if (context.Principal is { } principal && !context.HttpContext.RequestServices.GetRequiredService<AccountSessions>().IsCurrent(principal))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                    }
                };
            })
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddPermanenciaOpenApi();
        services.AddRazorComponents();
        // Spanish letters stay readable in the page source; markup characters are still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        Pages.UploadSizeLimit.AddUploadFormLimits(services);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "permanencia.af";
            options.FormFieldName = "__af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
