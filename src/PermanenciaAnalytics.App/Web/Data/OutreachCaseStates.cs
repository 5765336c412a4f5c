namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>The states of a búsqueda-activa case: stored codes, the filter's URL values and their Spanish labels.</summary>
public static class OutreachCaseStates
{
    public const string Open = "abierto";
    public const string FollowUp = "en_seguimiento";
    public const string Closed = "cerrado";

    /// <summary>The stored code for a URL value (<c>abierto</c>, <c>en-seguimiento</c>, <c>cerrado</c>), or null.</summary>
    /// <param name="value">The query-string value.</param>
    public static string? FromUrl(string? value) => value switch
    {
        "abierto" => Open,
        "en-seguimiento" => FollowUp,
        "cerrado" => Closed,
        _ => null,
    };

    /// <summary>The URL value of a stored code.</summary>
    /// <param name="state">The stored code.</param>
    public static string ToUrl(string state) => state.Replace('_', '-');

    /// <summary>The Spanish label of a stored code.</summary>
    /// <param name="state">The stored code.</param>
    public static string Spanish(string state) => state switch
    {
        FollowUp => "En seguimiento",
        Closed => "Cerrado",
        _ => "Abierto",
    };
}
