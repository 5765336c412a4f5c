using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// What the routes point at, chosen from the database with the product's own readers (through <see cref="IWebBenchHost"/>): the latest year, its largest
/// institution (the rector's), that institution's largest grade, the latest load, and a published file if any.
/// </summary>
internal sealed record WebBenchTargets(int Year, string InstitutionDane, long InstitutionEnrolled, long CityEnrolled, int Grade, long? LoadId,
    string? PublicationFile, string? InstitutionPublicationFile)
{
    public static WebBenchTargets Find(IWebBenchHost host, DatabaseTarget database, string? publishFolder)
    {
        var year = host.DefaultYear(database);
        var institutions = new IndicatorEngine(database).Query(new IndicatorRequest(year, IndicatorDimension.Institution));
        var biggest = institutions.Where(r => r.InstitutionDane is not null).MaxBy(r => r.Enrolled)
            ?? throw new InvalidOperationException($"La base no tiene indicadores de {year}: cargue un año y ejecute recompute (o use 'permanencia demo').");
        var dane = biggest.InstitutionDane!;
        var grade = new IndicatorEngine(database).Query(new IndicatorRequest(year, IndicatorDimension.InstitutionGrade, InstitutionDane: dane))
            .Where(r => r.Grade is not null)
            .MaxBy(r => r.Enrolled)?.Grade ?? 6;
        var loads = host.RecentLoads(database, 50);
        long? load = loads.Where(l => l.RowsRejected > 0).Select(l => (long?)l.LoadId).FirstOrDefault() ?? (loads.Count > 0 ? loads[0].LoadId : null);
        var (file, institutionFile) = FindPublication(publishFolder, dane);
        return new WebBenchTargets(year, dane, biggest.Enrolled, institutions.Sum(r => r.Enrolled), grade, load, file, institutionFile);
    }

    /// <summary>The newest <c>YYYY-MM</c> version: one file at its top and one in the institution's folder.</summary>
    private static (string? File, string? InstitutionFile) FindPublication(string? publishFolder, string dane)
    {
        if (publishFolder is null || !Directory.Exists(publishFolder))
        {
            return (null, null);
        }

        var version = Directory.EnumerateDirectories(publishFolder)
            .Select(Path.GetFileName)
            .Where(n => n is { Length: 7 } && n[4] == '-')
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
        if (version is null)
        {
            return (null, null);
        }

        var root = Path.Combine(publishFolder, version);
        var file = Directory.EnumerateFiles(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault();
        var institutionFolder = Path.Combine(root, dane);
        var institutionFile = Directory.Exists(institutionFolder)
            ? Directory.EnumerateFiles(institutionFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        return (file is null ? null : $"{version}/{file}", institutionFile is null ? null : $"{version}/{dane}/{institutionFile}");
    }
}
