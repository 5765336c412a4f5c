using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PermanenciaAnalytics.App.Web.Components.Layout;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Tests.Web.Components;

/// <summary>The menu offers each role exactly the pages its access policy opens (the server still checks every route).</summary>
public sealed class NavigationTests : BunitContext
{
    public static TheoryData<UserRole, string?, string[]> Menus() => new()
    {
        { UserRole.Secretaria, null, ["/tablero", "/publicaciones"] },
        { UserRole.Cobertura, null, ["/tablero", "/publicaciones", "/cargas", "/usuarios"] },
        { UserRole.Rector, "154001000001", ["/instituciones/154001000001", "/instituciones/154001000001/riesgo", "/instituciones/154001000001/busqueda-activa", "/instituciones/154001000001/plan", "/publicaciones"] },
        { UserRole.Admin, null, ["/publicaciones", "/auditoria", "/hangfire"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public void Render_LinksOnlyThePagesTheRoleMayOpen_WhenSignedIn(UserRole role, string? institution, string[] expected)
    {
        // Arrange
        var http = Request(new ClaimsPrincipal(PermanenciaClaims.Identity("Ana Pérez", role, institution, "test")));

        // Act
        var nav = Render<Navigation>(p => p.AddCascadingValue(http));

        // Assert: the links in order, and the logout form carries an antiforgery token.
        Assert.Equal(expected, nav.FindAll("nav a").Select(a => a.GetAttribute("href")).ToArray());
        Assert.Contains("Ana Pérez", nav.Find("form.logout span").TextContent, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(nav.Find("form.logout input[type=hidden]").GetAttribute("value")));
    }

    [Fact]
    public void Render_WritesNothing_WhenTheVisitorIsAnonymous()
    {
        // Act
        var nav = Render<Navigation>(p => p.AddCascadingValue(Request(new ClaimsPrincipal(new ClaimsIdentity()))));

        // Assert
        Assert.Empty(nav.Nodes);
    }

    private static DefaultHttpContext Request(ClaimsPrincipal user)
    {
        var services = new ServiceCollection().AddLogging().AddAntiforgery().BuildServiceProvider();
        return new DefaultHttpContext { User = user, RequestServices = services };
    }
}
