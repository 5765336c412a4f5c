using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>Interim <see cref="IIndicatorReader"/> computing §5 directly over <c>enrollment</c> (IndicatorsByGrade.sql).</summary>
public sealed class SqlIndicatorReader(DatabaseTarget target) : IIndicatorReader
{
    public IReadOnlyList<IndicatorRow> ByInstitutionAndGrade(int year, string? institutionDane)
    {
        using var connection = target.Open();
        return connection.Query<Row>(EmbeddedSql.Read(target.Dialect, "IndicatorsByGrade"), new { year, dane = institutionDane })
            .Select(r => new IndicatorRow
            {
                Year = year,
                InstitutionDane = r.InstitutionDane,
                InstitutionName = r.InstitutionName,
                Grade = (int)r.Grade,
                Enrolled = r.Enrolled,
                Dropouts = r.Dropouts,
                TransfersOut = r.TransfersOut,
            })
            .ToList();
    }

    private sealed class Row
    {
        public string InstitutionDane { get; init; } = "";

        public string? InstitutionName { get; init; }

        public long Grade { get; init; }

        public long Enrolled { get; init; }

        public long Dropouts { get; init; }

        public long TransfersOut { get; init; }
    }
}
