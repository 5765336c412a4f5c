namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>How a búsqueda-activa contact was made: stored codes and their Spanish labels.</summary>
public static class OutreachChannels
{
    /// <summary>The stored codes, in the order the form offers them.</summary>
    public static readonly IReadOnlyList<string> All = ["llamada", "whatsapp", "visita", "mensaje", "otro"];

    /// <summary>The Spanish label of a stored code.</summary>
    /// <param name="channel">The stored code.</param>
    public static string Spanish(string channel) => channel switch
    {
        "llamada" => "Llamada",
        "whatsapp" => "WhatsApp",
        "visita" => "Visita",
        "mensaje" => "Mensaje",
        _ => "Otro",
    };
}
