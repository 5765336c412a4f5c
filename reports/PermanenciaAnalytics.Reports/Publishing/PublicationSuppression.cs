using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Publishing.Model;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// Suppresses a publication's own rows jointly (every institution's grades and months, the ranking, the municipal
/// total and levels), for inputs that were not read through <see cref="Indicators.Suppression.JointIndicatorSuppression.Over"/>.
/// </summary>
internal static class PublicationSuppression
{
    public static PublicationInput Apply(PublicationInput input)
    {
        var tables = JointSuppressor.Apply(new IndicatorTables
        {
            ByGrade = [.. input.Institutions.SelectMany(i => i.ByGrade)],
            ByMonth = [.. input.Institutions.SelectMany(i => i.ByMonth)],
            ByInstitution = input.ByInstitution,
            ByLevel = input.MunicipalByLevel,
            Municipality = input.MunicipalTotal is { } total ? [total] : [],
        }, input.SmallCellThreshold);
        var grades = tables.ByGrade.ToLookup(r => r.InstitutionDane, StringComparer.Ordinal);
        var months = tables.ByMonth.ToLookup(r => r.InstitutionDane, StringComparer.Ordinal);
        return input with
        {
            Institutions = [.. input.Institutions.Select(i => i with { ByGrade = [.. grades[i.InstitutionDane]], ByMonth = [.. months[i.InstitutionDane]] })],
            ByInstitution = tables.ByInstitution,
            MunicipalByLevel = tables.ByLevel,
            MunicipalTotal = tables.Municipality.Count > 0 ? tables.Municipality[0] : null,
            RowsSuppressed = true,
        };
    }
}
