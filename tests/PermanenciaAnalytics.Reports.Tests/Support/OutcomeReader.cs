using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Tests.Support;

/// <summary>What a test compares: the derived outcome of one student and their transfers out.</summary>
internal sealed record ExpectedOutcome(string Institution, int Grade, bool InUniverse, int EnrolledCuts, bool IsDropout, int? DropoutMonth);

internal sealed record ExpectedTransfer(string Student, string Institution, int Grade);

internal static class OutcomeReader
{
    public static Dictionary<string, ExpectedOutcome> Outcomes(DatabaseTarget target, int year)
    {
        using var connection = target.Open();
        return connection.Query<(string Student, string Institution, long Grade, long InUniverse, long Cuts, long Dropout, long? Month)>(
                "SELECT student_key, institution_dane, grade, in_universe, enrolled_cuts, is_dropout, dropout_month FROM student_year_outcome WHERE school_year = @year",
                new { year })
            .ToDictionary(
                r => r.Student,
                r => new ExpectedOutcome(r.Institution, (int)r.Grade, r.InUniverse == 1, (int)r.Cuts, r.Dropout == 1, r.Month is null ? null : (int)r.Month),
                StringComparer.Ordinal);
    }

    public static List<ExpectedTransfer> Transfers(DatabaseTarget target, int year)
    {
        using var connection = target.Open();
        return connection.Query<(string Student, string Institution, long Grade)>(
                "SELECT student_key, institution_dane, grade FROM student_transfer_out WHERE school_year = @year ORDER BY student_key, institution_dane",
                new { year })
            .Select(r => new ExpectedTransfer(r.Student, r.Institution, (int)r.Grade))
            .ToList();
    }
}
