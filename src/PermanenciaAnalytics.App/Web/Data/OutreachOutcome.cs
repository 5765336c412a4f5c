namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>The result of one búsqueda-activa contact. Stored as the lower-case code of <see cref="OutreachOutcomes"/>.</summary>
public enum OutreachOutcome
{
    Contactado,
    NoContesta,
    Reintegrado,
    TrasladadoDentro,
    TrasladadoFuera,
    CambioPais,
    NoDeseaVolver,
    Fallecido,
    NoLocalizado,
    RemitidoIcbf,
    RemitidoComisaria,
    RemitidoPersoneria,
}

public static class OutreachOutcomes
{
    public static string Code(OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.Contactado => "contactado",
        OutreachOutcome.NoContesta => "no_contesta",
        OutreachOutcome.Reintegrado => "reintegrado",
        OutreachOutcome.TrasladadoDentro => "trasladado_dentro",
        OutreachOutcome.TrasladadoFuera => "trasladado_fuera",
        OutreachOutcome.CambioPais => "cambio_pais",
        OutreachOutcome.NoDeseaVolver => "no_desea_volver",
        OutreachOutcome.Fallecido => "fallecido",
        OutreachOutcome.NoLocalizado => "no_localizado",
        OutreachOutcome.RemitidoIcbf => "remitido_icbf",
        OutreachOutcome.RemitidoComisaria => "remitido_comisaria",
        OutreachOutcome.RemitidoPersoneria => "remitido_personeria",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Spanish(OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.Contactado => "Contactado",
        OutreachOutcome.NoContesta => "No contesta / número errado",
        OutreachOutcome.Reintegrado => "Reintegrado",
        OutreachOutcome.TrasladadoDentro => "Trasladado dentro del municipio",
        OutreachOutcome.TrasladadoFuera => "Trasladado fuera del municipio",
        OutreachOutcome.CambioPais => "Cambio de país",
        OutreachOutcome.NoDeseaVolver => "No desea volver",
        OutreachOutcome.Fallecido => "Fallecido",
        OutreachOutcome.NoLocalizado => "No localizado",
        OutreachOutcome.RemitidoIcbf => "Remitido al ICBF",
        OutreachOutcome.RemitidoComisaria => "Remitido a comisaría de familia",
        OutreachOutcome.RemitidoPersoneria => "Remitido a personería",
        _ => outcome.ToString(),
    };

    /// <summary>
    /// A contact with this result closes the case (the student is back, moved, left the country, died, does not want to
    /// return, or cannot be found); contactado, no contesta and the referrals keep it en seguimiento.
    /// </summary>
    public static bool IsClosed(OutreachOutcome outcome) => outcome is not (OutreachOutcome.Contactado or OutreachOutcome.NoContesta
        or OutreachOutcome.RemitidoIcbf or OutreachOutcome.RemitidoComisaria or OutreachOutcome.RemitidoPersoneria);

    public static OutreachOutcome Parse(string? code) =>
        TryParse(code, out var outcome) ? outcome : throw new ArgumentException($"Unknown outreach outcome '{code}'.", nameof(code));

    public static bool TryParse(string? code, out OutreachOutcome outcome)
    {
        foreach (var candidate in Enum.GetValues<OutreachOutcome>())
        {
            if (string.Equals(Code(candidate), code, StringComparison.Ordinal))
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = default;
        return false;
    }
}
