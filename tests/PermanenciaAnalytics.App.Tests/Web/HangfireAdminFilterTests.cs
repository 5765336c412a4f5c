using System.Security.Claims;
using Dapper;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

public class HangfireAdminFilterTests
{
    [Theory]
    [InlineData(UserRole.Admin, true)]
    [InlineData(UserRole.Cobertura, false)]
    [InlineData(UserRole.Secretaria, false)]
    [InlineData(UserRole.Rector, false)]
    public void Authorize_AllowsOnlyAdmin_ForSignedInRoles(UserRole role, bool expected)
    {
        // Arrange
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(PermanenciaClaims.Identity("u", role, role == UserRole.Rector ? SeedData.OwnDane : null, "test")),
        };
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        http.Request.Path = "/hangfire";
        using var database = new TempSqliteDatabase();
        using var services = new ServiceCollection().AddSingleton(new AuditLog(database.Target, TimeProvider.System)).BuildServiceProvider();
        http.RequestServices = services;
        using var storage = new InMemoryStorage();
        var context = new AspNetCoreDashboardContext(storage, new DashboardOptions(), http);

        // Act
        var allowed = new HangfireAdminFilter().Authorize(context);

        // Assert: allowed for admin only, and a signed-in user's refused attempt is audited.
        Assert.Equal(expected, allowed);
        using var connection = database.Target.Open();
        var denied = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'acceso_denegado' AND user_name = 'u' AND detail LIKE '%/hangfire (Operate)'");
        Assert.Equal(expected ? 0 : 1, denied);
    }

    [Fact]
    public void Authorize_RefusesAnonymous_EvenFromLoopback()
    {
        // Arrange: Hangfire's default filter would let a local request in; ours must not.
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        http.Connection.LocalIpAddress = System.Net.IPAddress.Loopback;
        using var services = new ServiceCollection().BuildServiceProvider();
        http.RequestServices = services;
        using var storage = new InMemoryStorage();
        var context = new AspNetCoreDashboardContext(storage, new DashboardOptions(), http);

        // Act
        var allowed = new HangfireAdminFilter().Authorize(context);

        // Assert
        Assert.False(allowed);
    }
}
