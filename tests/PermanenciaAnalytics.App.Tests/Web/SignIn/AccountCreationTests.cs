using System.Net;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// <c>/usuarios</c> over real HTTP: cobertura grants only roles below its own (issue 11: it could create admins), a
/// rector's account names a loaded institution, and every creation or refused grant is audited without the password.
/// </summary>
public sealed class AccountCreationTests : IAsyncLifetime
{
    private const string NewPassword = "Clave-Nueva-2025!";
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private static async Task<HttpResponseMessage> CreateAsync(BrowserlessSession session, string name, string role, string institution = "") =>
        await session.PostFormAsync("/usuarios", "/usuarios", new Dictionary<string, string>
        {
            ["nombre"] = name,
            ["rol"] = role,
            ["institucion"] = institution,
            ["contrasena"] = NewPassword,
        });

    private long Accounts(string name)
    {
        using var connection = site.Database.Target.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM app_user WHERE user_name = @name", new { name });
    }

    private List<(string UserName, string Role, string Action, string? Detail)> Audit()
    {
        using var connection = site.Database.Target.Open();
        return connection.Query<(string, string, string, string?)>("SELECT user_name, role, action, detail FROM audit_log ORDER BY audit_id").ToList();
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("cobertura")]
    public async Task CreateAccount_Returns403AndCreatesNothing_WhenCoberturaGrantsItsOwnRankOrAbove(string role)
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        using var response = await CreateAsync(session, "intruso", role);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("solo roles por debajo del suyo", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Accounts("intruso"));
        Assert.Contains(("cobertura1", "cobertura", "cuenta_rol_no_permitido", $"rol pedido {role}"), Audit());
    }

    [Fact]
    public async Task CreateAccount_CreatesAndAuditsWithoutPassword_WhenCoberturaGrantsSecretaria()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        using var response = await CreateAsync(session, "secretaria2", "secretaria");
        using var newcomer = new BrowserlessSession(site);
        using var newLogin = await newcomer.LoginAsync("secretaria2", NewPassword);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
        Assert.Equal("/tablero", newLogin.Headers.Location?.OriginalString);
        var audit = Audit();
        Assert.Contains(("cobertura1", "cobertura", "cuenta_creada", "cuenta secretaria2, rol secretaria"), audit);
        Assert.DoesNotContain(audit, e => (e.Detail ?? "").Contains(NewPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAccount_Returns400_WhenRectorInstitutionIsNotLoaded()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        using var unknown = await CreateAsync(session, "rector.x", "rector", "154001999999");
        using var known = await CreateAsync(session, "rector.b", "rector", SeedData.OtherDane);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("No hay ninguna institución con el código DANE", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, Accounts("rector.x"));
        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(1, Accounts("rector.b"));
    }

    [Fact]
    public async Task UsersPage_OffersOnlyGrantableRoles_ToCobertura()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        var html = await session.Client.GetStringAsync("/usuarios");

        // Assert
        Assert.Contains("<option value=\"secretaria\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"rector\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"admin\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"cobertura\">", html, StringComparison.Ordinal);
    }
}
