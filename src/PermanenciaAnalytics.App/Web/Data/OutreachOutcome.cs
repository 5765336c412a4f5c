namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>What a búsqueda-activa case came to. Stored as the lower-case code of <see cref="OutreachOutcomes"/>.</summary>
public enum OutreachOutcome
{
    Contactado,
    Reintegrado,
    TrasladadoFuera,
    NoLocalizado,
}

public static class OutreachOutcomes
{
    public static string Code(OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.Contactado => "contactado",
        OutreachOutcome.Reintegrado => "reintegrado",
        OutreachOutcome.TrasladadoFuera => "trasladado_fuera",
        OutreachOutcome.NoLocalizado => "no_localizado",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Spanish(OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.Contactado => "Contactado",
        OutreachOutcome.Reintegrado => "Reintegrado",
        OutreachOutcome.TrasladadoFuera => "Trasladado fuera del municipio",
        OutreachOutcome.NoLocalizado => "No localizado",
        _ => outcome.ToString(),
    };

    /// <summary>A case is closed when the student is back, has left the municipality, or cannot be found.</summary>
    public static bool IsClosed(OutreachOutcome outcome) => outcome != OutreachOutcome.Contactado;

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
