using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Components.Pages;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The Spanish 403 page.</summary>
internal static class ForbiddenPage
{
    public static IResult Result(HttpContext context) => View.Of<ForbiddenView>(statusCode: StatusCodes.Status403Forbidden);
}
