namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Drill-down from a grade's indicator to its students (the grade's denominator, dropouts first).</summary>
public interface IGradeStudentsReader
{
    IReadOnlyList<GradeStudent> List(int year, string institutionDane, int grade);
}
