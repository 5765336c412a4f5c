using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Support;

namespace PermanenciaAnalytics.App.Web.Exports;

/// <summary>The audit log as the admin filtered it, in Bogotá time.</summary>
internal static class AuditTable
{
    public static ExportTable Of(IReadOnlyList<AuditEntry> entries) => new(
        "auditoria",
        "Registro de auditoría",
        [new("Fecha (hora de Bogotá)"), new("Usuario"), new("Rol"), new("Acción"), new("Código de la acción"), new("Institución"), new("Año"), new("Detalle")],
        [.. entries.Select(e => (object?[])[Html.DateTime(e.OccurredAtUtc),
            e.UserName, AuditActions.RoleLabel(e.Role), AuditActions.Label(e.Action), e.Action, e.InstitutionDane,
            e.SchoolYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Detail])]);
}
