using System.Globalization;
using System.Text;
using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Reports.Charts;
using PermanenciaAnalytics.Reports.Matching;
using PermanenciaAnalytics.Reports.Publishing.Html;
using PermanenciaAnalytics.Reports.Publishing.Model;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// <c>publish</c>: writes <c>DIR/YYYY-MM/index.html</c> (municipal) and <c>DIR/YYYY-MM/{DANE}/</c> per institution
/// (index.html, charts as PNG and SVG, tables as CSV and XLSX). Output depends only on the input: no timestamps, fixed
/// ordering, deterministic XLSX, so publishing the same data twice gives byte-identical files. A version is written in a
/// staging folder and renamed into place (<see cref="PublicationStaging"/>): it appears whole or not at all.
/// </summary>
public static class Publisher
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static string Publish(PublicationInput input, string outputRoot)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputRoot);
        var name = string.Create(CultureInfo.InvariantCulture, $"{input.Year:0000}-{input.Month:00}");
        var version = Path.Combine(outputRoot, name);
        using var staging = PublicationStaging.Begin(outputRoot, name);
        var html = new PublicationHtml();
        try
        {
            Write(input, staging.Folder, html);
        }
        finally
        {
            html.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        staging.Commit(version);
        return version;
    }

    private static void Write(PublicationInput input, string version, PublicationHtml html)
    {
        // Every table of the version is suppressed together, so no total on one page recovers a cell reserved on another.
        input = input.RowsSuppressed ? input : PublicationSuppression.Apply(input);
        var ranking = input.ByInstitution;
        ChartFile.WriteFonts(version);
        // Institutions are independent folders: drawn on every core (each chart is its own surface), the bytes are the same.
        Parallel.ForEach(
            input.Institutions,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            institution => PublishInstitution(input, institution, ranking, Path.Combine(version, institution.InstitutionDane), html));

        var submissions = input.Institutions.ToDictionary(i => i.InstitutionDane, i => i.Match.Submission, StringComparer.Ordinal);
        var view = MunicipalPlanView.Build(ranking, submissions);
        var (png, _) = ChartFile.Save(MunicipalRankingChart.Create(input.Year, view), version, "ranking_instituciones", ChartFile.DefaultWidth, MunicipalRankingChart.HeightFor(view));
        GradeTableFiles.WriteRanking(version, "instituciones", view.Ranking);
        var chart = new PublishedChart("Instituciones por tasa de deserción y estado del plan", File.ReadAllBytes(png), "ranking_instituciones");
        WriteText(Path.Combine(version, "index.html"), html.Render<MunicipalReport>(new Dictionary<string, object?>
        {
            [nameof(MunicipalReport.Input)] = input,
            [nameof(MunicipalReport.View)] = view,
            [nameof(MunicipalReport.Chart)] = chart,
        }));
    }

    private static void PublishInstitution(PublicationInput input, InstitutionPublication institution, IReadOnlyList<IndicatorRow> ranking, string folder,
        PublicationHtml html)
    {
        Directory.CreateDirectory(folder);
        var byGrade = institution.ByGrade;
        var byMonth = institution.ByMonth;
        var total = ranking.FirstOrDefault(r => string.Equals(r.InstitutionDane, institution.InstitutionDane, StringComparison.Ordinal));
        var name = institution.InstitutionName;
        var charts = new List<PublishedChart>();

        var gradeTitle = "Deserción por grado frente a la meta del plan";
        var (gradePng, _) = ChartFile.Save(GradeRateChart.Create(name, input.Year, byGrade, institution.Plan, input.MunicipalTotal?.DropoutRate), folder, "desercion_por_grado", fontFolderHref: InstitutionFonts);
        charts.Add(new PublishedChart(gradeTitle, File.ReadAllBytes(gradePng), "desercion_por_grado"));

        var allowance = TargetPath.YearEndAllowance(institution.Plan, institution.ByGrade);
        var followUps = institution.Plan?.FollowUps.Select(f => f.Month).ToList() ?? [];
        var (monthPng, _) = ChartFile.Save(MonthlyDropoutChart.Create(name, input.Year, byMonth, allowance, followUps, input.Options), folder, "desertores_por_mes", fontFolderHref: InstitutionFonts);
        charts.Add(new PublishedChart("Desertores acumulados por mes frente a la trayectoria de la meta", File.ReadAllBytes(monthPng), "desertores_por_mes"));

        var (vsPng, _) = ChartFile.Save(InstitutionVsMunicipalChart.Create(name, input.Year, total, byGrade, input.MunicipalTotal, input.MunicipalByLevel), folder, "institucion_vs_municipio", fontFolderHref: InstitutionFonts);
        charts.Add(new PublishedChart("Institución frente al municipio", File.ReadAllBytes(vsPng), "institucion_vs_municipio"));

        GradeTableFiles.WriteGrades(folder, "indicadores_grado", byGrade);
        WriteText(Path.Combine(folder, "index.html"), html.Render<InstitutionReport>(new Dictionary<string, object?>
        {
            [nameof(InstitutionReport.Institution)] = institution,
            [nameof(InstitutionReport.ByGrade)] = byGrade,
            [nameof(InstitutionReport.Year)] = input.Year,
            [nameof(InstitutionReport.Month)] = input.Month,
            [nameof(InstitutionReport.MotiveVersion)] = input.MotiveVersion,
            [nameof(InstitutionReport.Charts)] = charts,
        }));
    }

    // Institution pages live one folder below the version folder that holds the fonts.
    private const string InstitutionFonts = "../" + ChartFile.FontFolder;

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, Utf8NoBom);

}
