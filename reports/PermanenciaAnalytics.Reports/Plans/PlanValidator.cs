using System.Globalization;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Text;
using static PermanenciaAnalytics.Reports.Plans.PlanLayout;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Turns the rows of a <see cref="PlanDocument"/> into an <see cref="InstitutionPlan"/>, collecting every cell error
/// (not only the first) so one round of corrections suffices. Any error means no plan.
/// </summary>
public static class PlanValidator
{
    public static PlanValidation Validate(PlanDocument document, DateOnly loadDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<PlanCellError>(document.Errors);
        var context = new PlanRowContext(errors);
        var header = ReadHeader(document.SheetOf(PlanLayout.Header), loadDate, context);
        var year = header?.Year ?? loadDate.Year;
        var strategies = Rows(document, PlanLayout.Strategies).Select(r => PlanPartParsers.Strategy(r, context)).OfType<PlanStrategy>().ToList();
        var plan = header is null ? null : header with
        {
            RiskFactors = Rows(document, PlanLayout.RiskFactors).Select(r => PlanPartParsers.RiskFactor(r, context)).OfType<PlanRiskFactor>().ToList(),
            ProtectiveFactors = Rows(document, PlanLayout.ProtectiveFactors).Select(r => PlanPartParsers.ProtectiveFactor(r, context)).OfType<PlanProtectiveFactor>().ToList(),
            Strategies = strategies,
            Targets = Rows(document, PlanLayout.Targets).Select(r => PlanPartParsers.Target(r, context)).OfType<PlanTarget>().ToList(),
            FollowUps = Rows(document, PlanLayout.FollowUps).Select(r => PlanPartParsers.FollowUp(r, strategies, context)).OfType<PlanFollowUp>().ToList(),
        };
        CheckDuplicates(document, context);
        return errors.Count == 0 ? new PlanValidation(plan, errors) : new PlanValidation(null, errors);
    }

    private static IEnumerable<(PlanSheet Sheet, PlanSheetRow Row)> Rows(PlanDocument document, PlanPart part) =>
        document.SheetOf(part) is { } sheet ? sheet.Rows.Select(r => (sheet, r)) : [];

    private static InstitutionPlan? ReadHeader(PlanSheet? sheet, DateOnly loadDate, PlanRowContext context)
    {
        if (sheet is null)
        {
            return null;
        }

        if (sheet.Rows.Count != 1)
        {
            context.Errors.Add(new PlanCellError(sheet.File, sheet.SheetName, null, null, null,
                $"debe tener exactamente una fila de datos (una institución y un año) y tiene {sheet.Rows.Count}"));
            return null;
        }

        var row = sheet.Rows[0];
        var dane = context.Required(sheet, row, Dane);
        if (dane is not null && (dane.Length != 12 || !dane.All(char.IsAsciiDigit)))
        {
            context.Error(sheet, row, Dane, dane, "el código DANE de la institución debe tener 12 dígitos");
            dane = null;
        }

        int? year = null;
        if (context.Required(sheet, row, Year) is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 2000 and <= 2100)
            {
                year = parsed;
            }
            else
            {
                context.Error(sheet, row, Year, yearText, "el año debe ser un número de cuatro cifras entre 2000 y 2100");
            }
        }

        // The typed date is information only ("fecha declarada"): on time / late is decided by the receipt date.
        DateOnly? declared = null;
        var submittedText = row[SubmittedOn];
        if (submittedText.Length > 0)
        {
            if (PlanCellParsers.TryDate(submittedText, out var typed))
            {
                declared = typed;
            }
            else
            {
                context.Error(sheet, row, SubmittedOn, submittedText, "la fecha debe escribirse AAAA-MM-DD (por ejemplo 2025-08-14)");
            }
        }

        if (dane is null || year is null)
        {
            return null;
        }

        var name = row[InstitutionName];
        return new InstitutionPlan
        {
            InstitutionDane = dane,
            Year = year.Value,
            InstitutionName = name.Length == 0 ? null : name,
            SubmittedOn = loadDate,
            DeclaredOn = declared,
        };
    }

    private static void CheckDuplicates(PlanDocument document, PlanRowContext context)
    {
        Duplicates(document, PlanLayout.Strategies, StrategyName, "hay otra estrategia con el mismo nombre; el seguimiento las nombra por nombre", context);
        Duplicates(document, PlanLayout.Targets, Scope, "hay otra meta para el mismo grado o nivel", context);
        Duplicates(document, PlanLayout.FollowUps, Month, "hay otro seguimiento para el mismo mes", context);
    }

    private static void Duplicates(PlanDocument document, PlanPart part, string column, string cause, PlanRowContext context)
    {
        if (document.SheetOf(part) is not { } sheet)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var key = column switch
            {
                Month when SpanishMonths.TryParse(row[column], out var m) => m.ToString(CultureInfo.InvariantCulture),
                Scope when PlanScope.TryParse(row[column], out var scope) => scope.Key,
                _ => TextKey.Normalize(row[column]),
            };
            if (key.Length > 0 && !seen.Add(key))
            {
                context.Error(sheet, row, column, row[column], cause);
            }
        }
    }
}
