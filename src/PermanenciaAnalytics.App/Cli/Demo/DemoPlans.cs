using System.Globalization;
using CsvHelper;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>How the demo's plans came out: loaded on time, loaded late, left missing, refused.</summary>
internal sealed record DemoPlanSummary(int OnTime, int Late, int Missing, int Refused, string Folder);

/// <summary>
/// Plans for the demo year, written as the template's CSV set (one folder per institution under <c>OUT/planes</c>) and
/// loaded through <see cref="PlanLoader"/> like <c>load plan</c>, with a receipt instant chosen per institution so the
/// dashboard shows every filing state: seven in ten on time, two late, one missing. Plans carry risk factors, strategies,
/// targets and monthly follow-ups, some of which stop months early (the matcher's "months without follow-up").
/// Deterministic: the same institutions give the same files, so a second run reports them as already loaded.
/// </summary>
internal static class DemoPlans
{
    private static readonly string[][] RiskFactorSets =
    [
        ["familiar", "Familias que migran entre Cúcuta y Venezuela durante el año", "CAMBIO_DE_RESIDENCIA|CAMBIO_DE_PAIS"],
        ["individual", "Estudiantes que trabajan en el comercio informal", "TRABAJAR"],
        ["individual", "Bajo rendimiento y repitencia en secundaria", "BAJO_RENDIMIENTO_ESCOLAR|REPITENCIA|DIFICULTADES_ACADEMICAS"],
        ["escolar", "Convivencia escolar y trato entre pares", ""],
        ["contextual", "Barrios con presencia de grupos armados", "ESTABLECIMIENTO_EN_ZONA_NO_SEGURA"],
    ];

    public static DemoPlanSummary Seed(DatabaseTarget database, string folder, int year, IReadOnlyList<SyntheticInstitution> institutions, int lastMonth)
    {
        var root = Path.Combine(folder, "planes");
        int onTime = 0, late = 0, missing = 0, refused = 0;
        for (var i = 0; i < institutions.Count; i++)
        {
            var filing = FilingOf(i);
            if (filing == Filing.Missing)
            {
                missing++;
                continue;
            }

            var institution = institutions[i];
            var submitted = SubmissionDate(i, year, filing);
            var planFolder = Path.Combine(root, institution.Dane);
            Write(planFolder, institution, year, i, submitted, lastMonth);
            // 10:00 in Bogotá (UTC−5): the receipt's Colombian date is the submission date.
            var loadedAt = submitted.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
            var result = PlanLoader.Load(database, [planFolder], submitted, loadedAt).Single();
            if (!result.Loaded && !result.Duplicate)
            {
                refused++;
            }
            else if (filing == Filing.Late)
            {
                late++;
            }
            else
            {
                onTime++;
            }
        }

        return new DemoPlanSummary(onTime, late, missing, refused, root);
    }

    private enum Filing
    {
        OnTime,
        Late,
        Missing,
    }

    // Institution 0 (the demo rector's) files on time; 3 and 7 of every ten file late; 9 of every ten never file.
    private static Filing FilingOf(int index) => (index % 10) switch
    {
        9 => Filing.Missing,
        3 or 7 => Filing.Late,
        _ => Filing.OnTime,
    };

    private static DateOnly SubmissionDate(int index, int year, Filing filing) => filing == Filing.Late
        ? new DateOnly(year, 8, 20).AddDays(index % 40)
        : new DateOnly(year, 3, 10).AddDays(index * 17 % 150);

    private static void Write(string folder, SyntheticInstitution institution, int year, int index, DateOnly submitted, int lastMonth)
    {
        Directory.CreateDirectory(folder);
        var y = year.ToString(CultureInfo.InvariantCulture);
        WriteCsv(folder, PlanLayout.Header, [[institution.Dane, institution.Name, y, Iso(submitted)]]);
        var risks = Enumerable.Range(0, 2 + index % 3).Select(k => RiskFactorSets[(index + k) % RiskFactorSets.Length]).ToList();
        WriteCsv(folder, PlanLayout.RiskFactors, risks);
        WriteCsv(folder, PlanLayout.ProtectiveFactors,
        [
            ["escolar", "Comedor escolar con cobertura total (PAE)"],
            ["familiar", "Escuela de padres con asistencia regular"],
        ]);
        string[][] strategies =
        [
            ["Tutorías de lectura", "Tutorías", "6, 7", "Estudiantes con bajo rendimiento en lectura", "Coordinación académica", $"{y}-03-01", $"{y}-06-30"],
            ["Búsqueda activa de retirados", "Búsqueda activa", "", "Estudiantes retirados o ausentes", "Orientación escolar", $"{y}-02-15", $"{y}-11-30"],
            ["Transporte rural", "Transporte escolar", "primaria", "Estudiantes de sedes rurales", "Rectoría", $"{y}-02-01", $"{y}-11-30"],
        ];
        WriteCsv(folder, PlanLayout.Strategies, strategies.Take(2 + index % 2).ToList());
        // Targets between 2,0 % and 5,5 %: some institutions meet them, others do not.
        WriteCsv(folder, PlanLayout.Targets,
        [
            ["secundaria", Rate(2.0m + index % 8 * 0.5m)],
            ["primaria", Rate(1.5m + index % 5 * 0.5m)],
            ["6", Rate(3.0m + index % 4)],
        ]);
        // Follow-ups from the first month after filing (at least March) to the last cut; one in five stops three months early.
        var last = index % 5 == 1 ? lastMonth - 3 : lastMonth;
        var followUps = new List<string[]>();
        for (var month = Math.Max(3, submitted.Month); month <= last; month++)
        {
            var atRisk = 8 + (index + month) % 12;
            var contacted = atRisk - (index + month) % 4;
            followUps.Add(
            [
                SpanishMonths.Name(month), Int(atRisk), Int(contacted), Int(contacted / 3),
                month <= 6 ? "Tutorías de lectura|Búsqueda activa de retirados" : "Búsqueda activa de retirados",
                "Registro de la demo (datos sintéticos)",
            ]);
        }

        WriteCsv(folder, PlanLayout.FollowUps, followUps);
    }

    private static void WriteCsv(string folder, PlanPart part, IReadOnlyList<string[]> rows)
    {
        using var writer = CsvWriter.ToFile(Path.Combine(folder, part.FileName), new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true });
        writer.WriteHeader(part.Columns.Select(PlanLayout.HeaderText).ToArray());
        foreach (var row in rows)
        {
            writer.WriteRecord(row);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(decimal value) => value.ToString("0.0", CultureInfo.GetCultureInfo("es-CO"));
}
