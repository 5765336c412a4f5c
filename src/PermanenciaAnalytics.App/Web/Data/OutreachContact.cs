namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>One contact of a búsqueda-activa case, as kept in its history. The note may hold personal data: never logged.</summary>
/// <param name="ContactOn">The day of the contact.</param>
/// <param name="Channel">The channel's stored code (<see cref="OutreachChannels"/>).</param>
/// <param name="Result">The result's stored code (<see cref="OutreachOutcomes"/>).</param>
/// <param name="Note">The school's note, if any.</param>
/// <param name="NextCallOn">The next call the school planned, if any.</param>
public sealed record OutreachContact(DateOnly ContactOn, string Channel, string Result, string? Note, DateOnly? NextCallOn)
{
    /// <summary>The result in Spanish (the code itself when unknown).</summary>
    public string ResultLabel => OutreachOutcomes.TryParse(Result, out var o) ? OutreachOutcomes.Spanish(o) : Result;
}
