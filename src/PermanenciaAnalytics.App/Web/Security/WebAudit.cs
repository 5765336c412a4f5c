using PermanenciaAnalytics.App.Audit;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>Writes an audit entry for the signed-in user of a request.</summary>
internal static class WebAudit
{
    public static void Write(HttpContext context, AuditLog audit, string action, string? institutionDane, int? year, string? detail) =>
        audit.Write(PermanenciaClaims.NameOf(context.User), context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "",
            action, institutionDane, year, detail);
}
