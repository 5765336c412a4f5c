namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>How a student without a name in the extract is shown, the same on every page and download.</summary>
public static class StudentNames
{
    public const string Missing = "(sin nombre en el extracto)";
}
