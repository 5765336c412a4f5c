namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>The Spanish 403 page.</summary>
internal static class ForbiddenPage
{
    public static IResult Result(HttpContext context) => Layout.Page(context, "Acceso no permitido",
        "<p role=\"alert\">Su cuenta no tiene permiso para ver esta página. Los rectores solo pueden consultar su propia institución.</p>\n<p><a href=\"/\">Volver al inicio</a></p>",
        StatusCodes.Status403Forbidden);
}
