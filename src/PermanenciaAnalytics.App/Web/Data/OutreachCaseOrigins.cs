namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Why a búsqueda-activa case exists: the stored codes of <c>outreach_case.origin</c> and their Spanish labels.</summary>
public static class OutreachCaseOrigins
{
    /// <summary>The engine counted the student as a dropout (one definition: student_year_outcome.is_dropout).</summary>
    public const string Withdrawn = "retirado";

    /// <summary>The school chose to follow a student still enrolled, from the risk list. Nothing opens one automatically.</summary>
    public const string AtRisk = "riesgo";

    public static string Spanish(string origin) => origin == AtRisk ? "Posible desertor" : "Retirado";
}
