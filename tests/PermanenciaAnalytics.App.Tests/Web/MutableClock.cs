namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>A clock the test moves forward (token expiry, lockout end).</summary>
public sealed class MutableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
