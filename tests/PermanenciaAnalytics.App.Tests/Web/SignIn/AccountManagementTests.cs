using System.Net;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// The users page's disable, re-enable, unlock and password reset over real HTTP: cobertura changes only accounts below
/// its own rank, a change ends the account's open sessions (cookie and bearer token), and every change is audited.
/// </summary>
public sealed class AccountManagementTests : IAsyncLifetime
{
    private const string NewPassword = "Otra-Clave-2026!";
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private static Task<HttpResponseMessage> ChangeAsync(BrowserlessSession manager, string account, string action, string? password = null)
    {
        var fields = new Dictionary<string, string>();
        if (password is not null)
        {
            fields["contrasena"] = password;
        }

        return manager.PostFormAsync("/usuarios", $"/usuarios/{account}/{action}", fields);
    }

    private List<(string UserName, string Action, string? Detail)> Audit()
    {
        using var connection = site.Database.Target.Open();
        return connection.Query<(string, string, string?)>("SELECT user_name, action, detail FROM audit_log ORDER BY audit_id").ToList();
    }

    [Fact]
    public async Task Disable_EndsTheOpenSessionAndRefusesSignIn_UntilTheAccountIsReactivated()
    {
        // Arrange: the secretaría is signed in and sees the dashboard.
        using var secretaria = new BrowserlessSession(site);
        using (await secretaria.LoginAsync("secretaria1"))
        {
            Assert.Equal(HttpStatusCode.OK, (await secretaria.Client.GetAsync("/tablero")).StatusCode);
        }

        using var cobertura = new BrowserlessSession(site);
        using var login = await cobertura.LoginAsync("cobertura1");

        // Act
        using var disabled = await ChangeAsync(cobertura, "secretaria1", "desactivar");
        using var afterDisable = await secretaria.Client.GetAsync("/tablero");
        using var again = new BrowserlessSession(site);
        using var refused = await again.LoginAsync("secretaria1");
        var listing = await cobertura.Client.GetStringAsync("/usuarios?hecho=desactivar&cuenta=secretaria1");
        using var reactivated = await ChangeAsync(cobertura, "secretaria1", "reactivar");
        using var accepted = await again.LoginAsync("secretaria1");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterDisable.StatusCode);
        Assert.Contains("/login", afterDisable.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Cuenta secretaria1 desactivada", listing, StringComparison.Ordinal);
        Assert.Contains("Desactivada desde", listing, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var audit = Audit();
        Assert.Contains(("cobertura1", "cuenta_desactivada", "cuenta secretaria1"), audit);
        Assert.Contains(audit, e => e.UserName == "secretaria1" && e.Action == "inicio_cuenta_desactivada");
        Assert.Contains(("cobertura1", "cuenta_reactivada", "cuenta secretaria1"), audit);
    }

    [Fact]
    public async Task ResetPassword_EndsTheBearerTokenAndAcceptsOnlyTheNewPassword_WhenCoberturaResetsARector()
    {
        // Arrange: the rector holds an API token.
        using var api = site.Client(cookies: false);
        var token = await site.TokenAsync("rectora");
        using var cobertura = new BrowserlessSession(site);
        using var login = await cobertura.LoginAsync("cobertura1");

        // Act
        using var reset = await ChangeAsync(cobertura, "rectora", "contrasena", NewPassword);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/institutions/{SeedData.OwnDane}/indicators?year=2025");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var withOldToken = await api.SendAsync(request);
        using var rector = new BrowserlessSession(site);
        using var oldPassword = await rector.LoginAsync("rectora");
        using var newPassword = await rector.LoginAsync("rectora", NewPassword);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        var audit = Audit();
        Assert.Contains(("cobertura1", "clave_restablecida", "cuenta rectora"), audit);
        Assert.DoesNotContain(audit, e => (e.Detail ?? "").Contains(NewPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unlock_LetsTheRightPasswordIn_WhenTheAccountWasLockedByFailedAttempts()
    {
        // Arrange: enough wrong passwords to lock the secretaría from this address.
        using var guesser = new BrowserlessSession(site);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await guesser.LoginAsync("secretaria1", "no-es-la-clave");
        }

        using (var lockedOut = await guesser.LoginAsync("secretaria1"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, lockedOut.StatusCode);
        }

        using var cobertura = new BrowserlessSession(site);
        using var login = await cobertura.LoginAsync("cobertura1");
        var before = await cobertura.Client.GetStringAsync("/usuarios");

        // Act
        using var unlocked = await ChangeAsync(cobertura, "secretaria1", "desbloquear");
        using var signedIn = await guesser.LoginAsync("secretaria1");

        // Assert
        Assert.Contains("Ingreso suspendido", before, StringComparison.Ordinal);
        Assert.Contains("/usuarios/secretaria1/desbloquear", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(("cobertura1", "cuenta_desbloqueada", "cuenta secretaria1"), Audit());
    }

    [Theory]
    [InlineData("admin1")]
    [InlineData("cobertura1")]
    public async Task Change_Returns403AndChangesNothing_WhenCoberturaTargetsItsOwnRankOrAbove(string account)
    {
        // Arrange
        using var cobertura = new BrowserlessSession(site);
        using var login = await cobertura.LoginAsync("cobertura1");

        // Act
        using var response = await ChangeAsync(cobertura, account, "desactivar");
        using var target = new BrowserlessSession(site);
        using var stillIn = await target.LoginAsync(account);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, stillIn.StatusCode);
        Assert.DoesNotContain(Audit(), e => e.Action == "cuenta_desactivada");
    }
}
