using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// The outcome of loading one plan: the plan when stored, else the errors that refused it;
/// <see cref="Duplicate"/> when the same file (same SHA-256) was already loaded and nothing changed.
/// </summary>
public sealed record PlanLoadResult(string Source, InstitutionPlan? Plan, IReadOnlyList<PlanCellError> Errors, bool Duplicate = false)
{
    public bool Loaded => Plan is not null;
}

/// <summary>
/// <c>load plan</c>: groups the given paths into plans (each .xlsx is one plan; the .csv files of one folder are one
/// plan; a folder means its CSV set, or its single .xlsx), validates each and stores the valid ones whole.
/// </summary>
public static class PlanLoader
{
    /// <summary>Loads each plan found in <paramref name="paths"/>; when <paramref name="requiredInstitution"/> is set (a
    /// rector's upload), a plan of any other institution is refused, and so is a plan of an institution the catalogue
    /// (<c>institution</c>, from the SIMAT loads) does not know. <paramref name="loadedAt"/> is the server's receipt
    /// instant (UTC): its Colombian date is the plan's receipt date, which decides on time / late;
    /// <paramref name="loadDate"/> only supplies the year when the workbook has none.</summary>
    public static IReadOnlyList<PlanLoadResult> Load(
        DatabaseTarget target, IReadOnlyList<string> paths, DateOnly loadDate, DateTime loadedAt, string? requiredInstitution = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(paths);
        var results = new List<PlanLoadResult>();
        foreach (var document in ReadAll(paths))
        {
            var file = Path.GetFileName(document.Source);
            if (document.Sha256.Length > 0 && PlanLedger.IsLoaded(target, document.Sha256))
            {
                results.Add(new PlanLoadResult(document.Source, null, [], Duplicate: true));
                continue;
            }

            var rowsRead = document.Sheets.Sum(s => s.Rows.Count);
            var validation = PlanValidator.Validate(document, loadDate);
            if (validation.IsValid)
            {
                validation = validation with { Plan = validation.Plan! with { SubmittedOn = PlanSubmission.ReceiptDate(loadedAt) } };
            }

            if (!validation.IsValid)
            {
                if (document.Sha256.Length > 0)
                {
                    PlanLedger.RecordRefused(target, new PlanLedgerEntry(file, document.Sha256, null, "refused", rowsRead, 0, validation.Errors.Count, loadedAt, Truncate(validation.Errors[0].ToString())));
                }

                results.Add(new PlanLoadResult(document.Source, null, validation.Errors));
                continue;
            }

            if (requiredInstitution is not null && validation.Plan!.InstitutionDane != requiredInstitution)
            {
                results.Add(new PlanLoadResult(document.Source, null,
                [
                    new PlanCellError(file, null, null, PlanLayout.Dane, validation.Plan.InstitutionDane,
                        $"el plan es de la institución {validation.Plan.InstitutionDane}; aquí solo se carga el plan de {requiredInstitution}"),
                ]));
                continue;
            }

            if (PlanCatalogue.Refusal(target, file, validation.Plan!.InstitutionDane) is { } unknown)
            {
                if (document.Sha256.Length > 0)
                {
                    PlanLedger.RecordRefused(target, new PlanLedgerEntry(file, document.Sha256, validation.Plan.Year, "refused", rowsRead, 0, 1, loadedAt, Truncate(unknown.ToString())));
                }

                results.Add(new PlanLoadResult(document.Source, null, [unknown]));
                continue;
            }

            var stored = PlanRepository.Replace(target, validation.Plan!, file, document.Sha256, loadedAt, rowsRead);
            results.Add(new PlanLoadResult(document.Source, stored, []));
        }

        return results;
    }

    /// <summary>Reads the plans named by files and folders (see the type's summary).</summary>
    public static IReadOnlyList<PlanDocument> ReadAll(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<PlanDocument>();
        var csvByFolder = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var csv = Directory.GetFiles(path, "*.csv").Where(PlanCsvReader.IsKnown).Order(StringComparer.Ordinal).ToList();
                var xlsx = Directory.GetFiles(path, "*.xlsx").Order(StringComparer.Ordinal).ToList();
                if (csv.Count == 0 && xlsx.Count > 0)
                {
                    documents.AddRange(xlsx.Select(PlanXlsxReader.Read));
                }
                else
                {
                    AddCsv(csvByFolder, csv.Where(f => !IsReasonList(f)));
                }
            }
            else if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                documents.Add(File.Exists(path) ? PlanXlsxReader.Read(path) : Missing(path));
            }
            else if (File.Exists(path))
            {
                AddCsv(csvByFolder, IsReasonList(path) ? [] : [path]);
            }
            else
            {
                documents.Add(Missing(path));
            }
        }

        documents.AddRange(csvByFolder.Values.Select(PlanCsvReader.Read));
        return documents;
    }

    // load_ledger.message is NVARCHAR(1000) on SQL Server.
    private static string Truncate(string message) => message.Length <= 1000 ? message : message[..1000];

    private static bool IsReasonList(string file) =>
        string.Equals(Path.GetFileName(file), PlanCsvReader.ReasonListFile, StringComparison.OrdinalIgnoreCase);

    private static void AddCsv(SortedDictionary<string, List<string>> byFolder, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            if (!byFolder.TryGetValue(folder, out var list))
            {
                byFolder[folder] = list = [];
            }

            list.Add(file);
        }
    }

    private static PlanDocument Missing(string path) =>
        new(path, [], [new PlanCellError(path, null, null, null, null, "el archivo o la carpeta no existe")], string.Empty);
}
