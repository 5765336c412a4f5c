using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>Audit log (admin): who viewed or exported student-level data, and every export, newest first.</summary>
internal static class AuditPage
{
    public static void Map(WebApplication app) => app.MapGet("/auditoria", (AuditLog audit) =>
        View.Of<AuditView>(new { Entries = audit.Recent(500) })).RequirePage(Capability.Operate);
}
