namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Endpoint metadata naming the access rule of a route: the <see cref="Capability"/> its <see cref="AccessFilter"/>
/// enforces, or <see cref="PublicReason"/> for the few routes anyone may call (sign-in, health). A test walks the
/// endpoint data source and fails when a route carries neither, so a new route cannot ship without a rule.
/// </summary>
public sealed record AccessRule(Capability? Capability, string? PublicReason)
{
    public bool IsPublic => Capability is null;
}
