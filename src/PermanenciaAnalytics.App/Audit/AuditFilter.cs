namespace PermanenciaAnalytics.App.Audit;

/// <summary>
/// What the admin narrows the audit log to. Every part is optional; the dates are Bogotá calendar days, both included.
/// </summary>
public sealed record AuditFilter(string? UserName, string? Action, string? InstitutionDane, DateOnly? From, DateOnly? To)
{
    /// <summary>How many matching entries the page shows, newest first.</summary>
    public const int Shown = 500;

    public static AuditFilter None { get; } = new(null, null, null, null, null);

    public bool IsEmpty => UserName is null && Action is null && InstitutionDane is null && From is null && To is null;
}
