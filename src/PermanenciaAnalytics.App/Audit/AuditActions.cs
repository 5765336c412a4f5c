namespace PermanenciaAnalytics.App.Audit;

/// <summary>
/// The Spanish wording of the codes the audit log stores. Codes stay in the table (stable, filterable, language-free),
/// and the page shows these labels. An unknown code is shown as it is, so a new action is never hidden.
/// </summary>
public static class AuditActions
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["acceso_denegado"] = "Acceso denegado",
        ["api_busqueda_activa"] = "Consulta de retirados por la API",
        ["bloqueo_inicio_sesion"] = "Ingreso bloqueado por intentos fallidos",
        ["cargar_archivo"] = "Carga de un extracto",
        ["cargar_plan"] = "Carga de un plan",
        ["cuenta_creada"] = "Cuenta creada",
        ["cuenta_desactivada"] = "Cuenta desactivada",
        ["cuenta_reactivada"] = "Cuenta reactivada",
        ["cuenta_desbloqueada"] = "Ingreso desbloqueado",
        ["cuenta_rol_no_permitido"] = "Intento de crear una cuenta de rol no permitido",
        ["clave_restablecida"] = "Contraseña restablecida",
        ["descarga_publicacion"] = "Descarga de una publicación",
        ["descargar_filas_rechazadas"] = "Descarga de filas rechazadas",
        ["exportar_indicadores_csv"] = "Exportación de indicadores (CSV)",
        ["exportar_indicadores_xlsx"] = "Exportación de indicadores (XLSX)",
        ["exportar_tabla"] = "Exportación de una tabla",
        ["inicio_fallido"] = "Ingreso fallido",
        ["inicio_cuenta_desactivada"] = "Ingreso rechazado: cuenta desactivada",
        ["inicio_rechazado_bloqueo"] = "Ingreso rechazado: cuenta bloqueada",
        ["pesos_riesgo_cambiados"] = "Pesos del índice de riesgo cambiados",
        ["registrar_resultado_busqueda"] = "Resultado de búsqueda activa registrado",
        ["registrar_seguimiento"] = "Seguimiento del plan registrado",
        ["ver_busqueda_activa"] = "Consulta de búsqueda activa",
        ["ver_estudiantes_grado"] = "Consulta de estudiantes de un grado",
        ["ver_filas_rechazadas"] = "Consulta de filas rechazadas",
        ["ver_lista_riesgo"] = "Consulta de la lista de riesgo",
    };

    private static readonly Dictionary<string, string> RoleLabels = new(StringComparer.Ordinal)
    {
        ["secretaria"] = "Secretaría",
        ["cobertura"] = "Cobertura",
        ["rector"] = "Rector",
        ["admin"] = "Administrador",
        ["operador"] = "Operador (línea de comandos)",
    };

    /// <summary>Every known code with its label, in label order (the filter's choices).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
        [.. Labels.OrderBy(pair => pair.Value, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-CO"), ignoreCase: true))];

    public static string Label(string action) => Labels.GetValueOrDefault(action, action);

    public static string RoleLabel(string role) => RoleLabels.GetValueOrDefault(role, role);
}
