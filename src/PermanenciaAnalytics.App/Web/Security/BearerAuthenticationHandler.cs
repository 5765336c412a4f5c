using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer …</c> with <see cref="BearerTokenService"/>; the account must still be current (<see cref="AccountSessions"/>).</summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    BearerTokenService tokens,
    AccountSessions sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PermanenciaBearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (tokens.Validate(header["Bearer ".Length..].Trim()) is not { } identity)
        {
            return Task.FromResult(AuthenticateResult.Fail("Invalid or expired token."));
        }

        var principal = new ClaimsPrincipal(PermanenciaClaims.Identity(identity.Name, identity.Role, identity.Institution, SchemeName, identity.Stamp));
        if (!sessions.IsCurrent(principal))
        {
            return Task.FromResult(AuthenticateResult.Fail("The account was disabled or its password changed."));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
