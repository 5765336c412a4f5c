using System.Net;
using System.Net.Http.Json;
using Dapper;
using PermanenciaAnalytics.App.Accounts;

namespace PermanenciaAnalytics.App.Tests.Web.SignIn;

/// <summary>
/// The (account, client address) lockout over real HTTP and a real SQLite file. The test client is on loopback, a
/// trusted proxy, so <c>X-Forwarded-For</c> stands for different clients (as behind the production proxy).
/// </summary>
public sealed class SignInLockoutTests : IAsyncLifetime
{
    private const string Attacker = "203.0.113.7";
    private const string Rector = "198.51.100.20";
    private WebTestSite site = null!;

    public async Task InitializeAsync() => site = await WebTestSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    private async Task<(HttpStatusCode Status, string Body)> TokenAsync(string user, string password, string clientIp)
    {
        using var client = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { user, password }) };
        request.Headers.Add("X-Forwarded-For", clientIp);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private long AuditCount(string action, string user)
    {
        using var connection = site.Database.Target.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = @action AND user_name = @user", new { action, user });
    }

    [Fact]
    public async Task Token_RefusesRightPassword_AfterParallelBurstOfThirtyWrongOnes()
    {
        // Arrange: 30 wrong attempts at once, as in issue 11 (once the right password at attempt 20 got through).
        var burst = Enumerable.Range(0, 30).Select(i => TokenAsync("rectora", "mala-clave-" + i, Attacker)).ToList();
        var answers = await Task.WhenAll(burst);

        // Act
        var right = await TokenAsync("rectora", SeedData.Password, Attacker);

        // Assert: every attempt counted once (atomic), one lock, and the right password refused while it lasts.
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal(HttpStatusCode.Unauthorized, right.Status);
        using var connection = site.Database.Target.Open();
        var attempts = connection.ExecuteScalar<long>("SELECT attempts FROM sign_in_attempt WHERE name_hash = @hash AND client_ip = @ip",
            new { hash = SignInAttempts.NameHash("rectora"), ip = Attacker });
        Assert.Equal(31, attempts);
        Assert.Equal(1, AuditCount("bloqueo_inicio_sesion", "rectora"));
        Assert.Equal(5, AuditCount("inicio_fallido", "rectora"));
        Assert.Equal(26, AuditCount("inicio_rechazado_bloqueo", "rectora"));
    }

    [Fact]
    public async Task Token_AcceptsRightPassword_FromAnotherAddress_WhileAttackerAddressIsLocked()
    {
        // Arrange: someone elsewhere locks "rectora" from their own address.
        for (var i = 0; i < 6; i++)
        {
            await TokenAsync("rectora", "mala-clave-" + i, Attacker);
        }

        // Act
        var fromSchool = await TokenAsync("rectora", SeedData.Password, Rector);
        var fromAttacker = await TokenAsync("rectora", SeedData.Password, Attacker);

        // Assert: the rector is not locked out by a stranger; the stranger's address is.
        Assert.Equal(HttpStatusCode.OK, fromSchool.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, fromAttacker.Status);
    }

    [Fact]
    public async Task Token_AcceptsRightPassword_WhenLockHasExpired()
    {
        // Arrange
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync("rectora", "mala-clave-" + i, Attacker);
        }

        var whileLocked = await TokenAsync("rectora", SeedData.Password, Attacker);

        // Act
        site.Clock.Now += SignInLimits.Default.LockoutDuration + TimeSpan.FromSeconds(1);
        var afterLock = await TokenAsync("rectora", SeedData.Password, Attacker);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked.Status);
        Assert.Equal(HttpStatusCode.OK, afterLock.Status);
    }

    [Fact]
    public async Task Token_ForgetsOldFailures_WhenTheyAreOlderThanTheWindow()
    {
        // Arrange: four failures, then a quiet quarter of an hour, then one more.
        for (var i = 0; i < 4; i++)
        {
            await TokenAsync("rectora", "mala-clave-" + i, Rector);
        }

        site.Clock.Now += SignInLimits.Default.LockoutDuration + TimeSpan.FromSeconds(1);
        await TokenAsync("rectora", "mala-clave-4", Rector);

        // Act
        var right = await TokenAsync("rectora", SeedData.Password, Rector);

        // Assert: the count restarted, so five failures spread over time do not lock.
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(0, AuditCount("bloqueo_inicio_sesion", "rectora"));
    }

    [Fact]
    public async Task Token_AnswersTheSameWords_ForUnknownNameWrongPasswordAndLock()
    {
        // Arrange
        var unknown = await TokenAsync("no-existe", "cualquier-clave", Attacker);
        var wrong = await TokenAsync("rectora", "mala-clave", Attacker);
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync("rectora", "mala-clave-" + i, Attacker);
        }

        // Act
        var locked = await TokenAsync("rectora", SeedData.Password, Attacker);
        var unknownLater = await TokenAsync("no-existe", "cualquier-clave", Attacker);

        // Assert: nothing in the answer tells a real, locked account from a name that does not exist.
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
        Assert.Equal(unknown, unknownLater);
        Assert.DoesNotContain("bloquead", unknown.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FailedSignIn_IsAuditedWithoutTheTypedName_WhenAccountDoesNotExist()
    {
        // Arrange
        const string typed = "Clave-Escrita-En-Usuario";

        // Act
        await TokenAsync(typed, "x-cualquiera", Attacker);

        // Assert: a name typed by mistake (often a password) is not stored in clear anywhere.
        using var connection = site.Database.Target.Open();
        Assert.Equal(1, AuditCount("inicio_fallido", AccountService.UnknownUser));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE user_name LIKE '%Escrita%' OR detail LIKE '%Escrita%'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sign_in_attempt WHERE name_hash LIKE '%Escrita%'"));
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sign_in_attempt WHERE name_hash = @hash", new { hash = SignInAttempts.NameHash(typed) }));
    }
}
