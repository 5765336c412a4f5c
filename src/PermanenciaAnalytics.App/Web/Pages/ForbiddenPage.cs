using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The Spanish 403 page.</summary>
internal sealed class ForbiddenPage : IForbiddenPage
{
    public IResult Result(HttpContext context) => Render(context);

    public static IResult Render(HttpContext context) => View.Of<ForbiddenView>(statusCode: StatusCodes.Status403Forbidden);
}
