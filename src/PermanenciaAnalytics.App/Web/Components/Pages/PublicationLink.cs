namespace PermanenciaAnalytics.App.Web.Components.Pages;

/// <summary>One published report the viewer may open.</summary>
public sealed record PublicationLink(string Href, string Label);
