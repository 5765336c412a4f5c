using System.Data;
using Dapper;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Sql;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>
/// Reads, set-wise, the students MATRICULADO at one cut of a year with their risk facts (Sql/*/Risk/StudentFacts.sql),
/// last year's sede rates and the year's cuts. Nothing after the cut is read, except last year's finished outcomes.
/// </summary>
public static class RiskStudentReader
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(RiskStudentReader).Assembly);

    /// <summary>The cuts of <paramref name="year"/> in order (empty when none is loaded).</summary>
    public static IReadOnlyList<DateOnly> Cuts(DatabaseTarget target, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        using var connection = target.Open();
        return connection.Query<CutRow>(Scripts.Read(target.Dialect, "Risk", "YearCuts"), new { year })
            .Select(r => DialectParameters.ReadDate(r.Cut)).OfType<DateOnly>().ToList();
    }

    /// <summary>Students MATRICULADO at <paramref name="cut"/> of <paramref name="year"/>, with their facts.</summary>
    /// <param name="target">The reporting database.</param>
    /// <param name="year">The school year scored.</param>
    /// <param name="cut">The cut scored; must be one of <see cref="Cuts"/>.</param>
    /// <param name="institutionDane">Only this institution, or every one when null.</param>
    /// <param name="yearCuts">The year's cuts when the caller already read them (<see cref="Cuts"/>).</param>
    public static IReadOnlyList<RiskStudent> Read(DatabaseTarget target, int year, DateOnly cut, string? institutionDane = null, IReadOnlyList<DateOnly>? yearCuts = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var cuts = yearCuts ?? Cuts(target, year);
        using var connection = target.Open();
        var sedeRates = SedeRates(connection, target.Dialect, year - 1);
        var priorLoaded = sedeRates.Count > 0;
        var rows = connection.Query<FactRow>(
            Scripts.Read(target.Dialect, "Risk", "StudentFacts"),
            new
            {
                year,
                cut = DialectParameters.Date(target.Dialect, cut),
                institution = string.IsNullOrWhiteSpace(institutionDane) ? null : institutionDane.Trim(),
            },
            commandTimeout: 600);
        var students = new List<RiskStudent>();
        foreach (var row in rows)
        {
            var first = DialectParameters.ReadDate(row.FirstCut) ?? cut;
            var facts = new RiskStudentFacts
            {
                Year = year,
                InstitutionDane = row.InstitutionDane,
                Grade = (int)row.Grade,
                Jornada = row.Jornada,
                BirthDate = DialectParameters.ReadDate(row.BirthDate),
                Repitente = row.Repitente,
                CountryOrigin = row.CountryOrigin,
                Victima = row.Victima,
                Discapacidad = row.Discapacidad,
                EnrolledCuts = (int)row.EnrolledCuts,
                CutsSinceFirstEnrolled = Math.Max(1, cuts.Count(c => c >= first && c <= cut)),
                InstitutionsThisYear = (int)row.Institutions,
                PriorYearLoaded = priorLoaded,
                PriorGrade = row.PriorGrade is { } grade ? (int)grade : null,
                PriorInstitutionDane = row.PriorInstitutionDane,
                PriorDropout = row.PriorDropout == 1,
                SedePriorRate = row.SedeDane is not null && sedeRates.TryGetValue(row.SedeDane, out var rate) ? rate : null,
            };
            students.Add(new RiskStudent(row.StudentKey, row.InstitutionDane, row.SedeDane, row.Sex, row.Zona, row.Etnia, facts));
        }

        return students;
    }

    private static Dictionary<string, decimal> SedeRates(IDbConnection connection, SqlDialect dialect, int year) =>
        connection.Query<(string SedeDane, long Enrolled, long Dropouts)>(Scripts.Read(dialect, "Risk", "SedePriorRates"), new { year })
            .Where(r => r.Enrolled > 0)
            .ToDictionary(r => r.SedeDane, r => 100m * r.Dropouts / r.Enrolled, StringComparer.Ordinal);

    private sealed class CutRow
    {
        public object? Cut { get; init; }
    }

    private sealed class FactRow
    {
        public string StudentKey { get; init; } = "";

        public string InstitutionDane { get; init; } = "";

        public string? SedeDane { get; init; }

        public long Grade { get; init; }

        public string? Jornada { get; init; }

        public object? BirthDate { get; init; }

        public string? Repitente { get; init; }

        public string? CountryOrigin { get; init; }

        public string? Victima { get; init; }

        public string? Discapacidad { get; init; }

        public string? Sex { get; init; }

        public string? Zona { get; init; }

        public string? Etnia { get; init; }

        public long EnrolledCuts { get; init; }

        public object? FirstCut { get; init; }

        public long Institutions { get; init; }

        public long? PriorGrade { get; init; }

        public string? PriorInstitutionDane { get; init; }

        public long? PriorDropout { get; init; }
    }
}
