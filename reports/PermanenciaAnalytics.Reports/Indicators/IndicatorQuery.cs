using Dapper;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Indicators;

/// <summary>
/// Indicator rows for one year and dimension (docs/design.md §5–§6) from the outcomes <c>recompute</c> derived:
/// counts by SQL GROUP BY, summed per dimension, rates from <see cref="DropoutRate.Percent"/>. Static and stateless.
/// </summary>
public static class IndicatorQuery
{
    public static IReadOnlyList<IndicatorRow> Query(DatabaseTarget target, IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        using var connection = target.Open();
        var cells = IndicatorCellReader.Read(connection, target.Dialect, request);
        return Named(connection, target.Dialect, IndicatorAggregator.Aggregate(request.Year, request.By, cells));
    }

    /// <summary>Throws <see cref="ArgumentException"/> for an unknown split or months of the inter-annual measure.</summary>
    public static void Validate(IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Split is not null && !IndicatorSplit.IsKnown(request.Split))
        {
            throw new ArgumentException($"Unknown split '{request.Split}'; use one of {string.Join(", ", IndicatorSplit.Names)}.", nameof(request));
        }

        if (request.Measure == IndicatorMeasure.InterAnnual && request.By is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth)
        {
            throw new ArgumentException("Inter-annual dropout has no month: it compares the final cut of Y−1 with year Y.", nameof(request));
        }
    }

    /// <summary>
    /// Every table of the request's year, split and measure (months only for the intra-annual measure) from one read of
    /// the cells, for joint small-cell suppression; <see cref="IndicatorRequest.By"/> and the institution are ignored.
    /// </summary>
    public static Suppression.IndicatorTables QueryTables(DatabaseTarget target, IndicatorRequest request)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        Validate(request with { By = IndicatorDimension.Institution });
        using var connection = target.Open();
        var cells = IndicatorCellReader.Read(connection, target.Dialect, request with { InstitutionDane = null });
        var tables = new Suppression.IndicatorTables();
        foreach (var dimension in Suppression.IndicatorTables.Dimensions)
        {
            if (request.Measure == IndicatorMeasure.InterAnnual && dimension is IndicatorDimension.Month or IndicatorDimension.MunicipalityMonth)
            {
                continue;
            }

            tables = tables.With(dimension, Named(connection, target.Dialect, IndicatorAggregator.Aggregate(request.Year, dimension, cells)));
        }

        return tables;
    }

    private static List<IndicatorRow> Named(System.Data.Common.DbConnection connection, SqlDialect dialect, List<IndicatorRow> rows)
    {
        if (rows.Count == 0 || rows.All(r => r.InstitutionDane is null))
        {
            return rows;
        }

        var names = connection.Query<(string Dane, string? Name)>(
                dialect == SqlDialect.Sqlite
                    ? "SELECT institution_dane, name FROM institution"
                    : "SELECT institution_dane, name FROM dbo.institution")
            .ToDictionary(n => n.Dane, n => n.Name, StringComparer.Ordinal);
        return rows.Select(r => r.InstitutionDane is not null && names.TryGetValue(r.InstitutionDane, out var name)
            ? r with { InstitutionName = name }
            : r).ToList();
    }
}
