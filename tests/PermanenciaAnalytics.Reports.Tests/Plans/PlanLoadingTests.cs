using System.Text;
using ClosedXML.Excel;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Plans;

public sealed class PlanLoadingTests : IDisposable
{
    private static readonly DateOnly LoadDate = new(2025, 9, 1);
    private static readonly DateTime LoadedAt = new(2025, 9, 1, 10, 0, 0);
    private readonly TempSqliteDatabase database = new();
    private readonly string template;

    public PlanLoadingTests()
    {
        InstitutionCatalogSeed.Add(database.Target, InstitutionCatalogSeed.TemplateDane);
        template = Path.Combine(database.Folder, "plantilla");
        PlanTemplateWriter.Write(template);
    }

    public void Dispose() => database.Dispose();

    private string CopyCsvSet(string name)
    {
        var folder = Path.Combine(database.Folder, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(template, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static void AppendLine(string file, string line) =>
        File.AppendAllText(file, line + "\r\n", new UTF8Encoding(false));

    [Fact]
    public void Load_StoresTheTemplateExample_FromTheCsvFolder()
    {
        // Act
        var results = PlanLoader.Load(database.Target, [template], LoadDate, LoadedAt);

        // Assert
        var result = Assert.Single(results);
        Assert.True(result.Loaded, string.Join("\n", result.Errors));
        var stored = PlanRepository.LoadYear(database.Target, 2025)["154001000123"];
        Assert.Equal(LoadDate, stored.SubmittedOn);
        Assert.Equal(new DateOnly(2025, 8, 10), stored.DeclaredOn);
        Assert.Equal(["CAMBIO DE PAIS", "CAMBIO DE RESIDENCIA"], stored.RiskFactors.Single().ReasonCodes.Order(StringComparer.Ordinal));
        Assert.Equal(StrategyType.Tutorias, stored.Strategies.Single().Type);
        Assert.Equal(["6", "7"], stored.Strategies.Single().Scopes.Select(s => s.Key));
        Assert.Equal(4.0m, stored.Targets.Single().MaxDropoutRate);
        Assert.Equal("secundaria", stored.Targets.Single().Scope.Key);
        var followUp = stored.FollowUps.Single();
        Assert.Equal((3, 12, 10, 3), (followUp.Month, followUp.StudentsAtRisk, followUp.Contacted, followUp.ReEnrolled));
    }

    [Fact]
    public void Load_ReadsTheSamePlan_FromTheXlsxTemplate()
    {
        // Act
        var result = Assert.Single(PlanLoader.Load(database.Target, [Path.Combine(template, PlanTemplateWriter.WorkbookFile)], LoadDate, LoadedAt));

        // Assert
        Assert.True(result.Loaded, string.Join("\n", result.Errors));
        Assert.Equal("154001000123", result.Plan!.InstitutionDane);
        Assert.Equal(new DateOnly(2025, 3, 1), result.Plan.Strategies.Single().Start);
        Assert.Equal("Tutorías de lectura", result.Plan.FollowUps.Single().StrategiesCarriedOut.Single());
    }

    [Fact]
    public void Validate_ReportsEachBadCell_WithFileRowColumnValueAndCause()
    {
        // Arrange: a bad strategy type, an end before the start, an unknown grade, a rate that is not a number,
        // an unknown SIMPADE reason and a follow-up naming no strategy.
        var folder = CopyCsvSet("errores");
        AppendLine(Path.Combine(folder, "estrategias.csv"), "Fútbol;Deportes;8;Todos;Docente;2025-05-01;2025-04-01");
        AppendLine(Path.Combine(folder, "metas.csv"), "13;abc");
        AppendLine(Path.Combine(folder, "factores_riesgo.csv"), "familiar;Pobreza;LLUVIAS");
        AppendLine(Path.Combine(folder, "seguimiento.csv"), "abril;5;6;1;Natación;");

        // Act
        var result = Assert.Single(PlanLoader.Load(database.Target, [folder], LoadDate, LoadedAt));

        // Assert
        Assert.False(result.Loaded);
        var errors = result.Errors;
        Assert.Contains(errors, e => e is { File: "estrategias.csv", Row: 3, Column: "Tipo", Value: "Deportes" } && e.Cause.Contains("tipo de estrategia desconocido", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { File: "estrategias.csv", Row: 3, Column: "Fecha de finalización", Value: "2025-04-01" });
        Assert.Contains(errors, e => e is { File: "metas.csv", Row: 3, Column: "Grado o nivel", Value: "13" });
        Assert.Contains(errors, e => e is { File: "metas.csv", Row: 3, Column: "Tasa máxima de deserción (%)", Value: "abc" });
        Assert.Contains(errors, e => e is { File: "factores_riesgo.csv", Row: 3, Column: "Razones SIMPADE", Value: "LLUVIAS" });
        Assert.Contains(errors, e => e is { File: "seguimiento.csv", Row: 3, Column: "Contactados", Value: "6" });
        Assert.Contains(errors, e => e is { File: "seguimiento.csv", Row: 3, Column: "Estrategias realizadas", Value: "Natación" });
        Assert.Equal(
            "metas.csv, fila 3, columna «Tasa máxima de deserción (%)», valor «abc»: la tasa debe ser un porcentaje entre 0 y 100, por ejemplo 3,5",
            errors.Single(e => e.Value == "abc").ToString());
        Assert.Empty(PlanRepository.LoadYear(database.Target, 2025));
    }

    [Fact]
    public void Validate_NamesTheSheet_WhenAnXlsxCellIsWrong()
    {
        // Arrange
        var workbook = Path.Combine(database.Folder, "plan_malo.xlsx");
        using (var book = new XLWorkbook(Path.Combine(template, PlanTemplateWriter.WorkbookFile)))
        {
            book.Worksheet("Plan").Cell(2, 1).SetValue("15400");
            book.SaveAs(workbook);
        }

        // Act
        var result = Assert.Single(PlanLoader.Load(database.Target, [workbook], LoadDate, LoadedAt));

        // Assert
        var error = Assert.Single(result.Errors);
        Assert.Equal(("plan_malo.xlsx", "Plan", 2, "Código DANE institución", "15400"), (error.File, error.Sheet, error.Row, error.Column, error.Value));
        Assert.StartsWith("plan_malo.xlsx, hoja «Plan», fila 2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsMissingColumnAndMissingFile()
    {
        // Arrange: metas.csv without the rate column; seguimiento.csv absent.
        var folder = CopyCsvSet("incompleto");
        File.WriteAllText(Path.Combine(folder, "metas.csv"), "Grado o nivel\r\nsecundaria\r\n", new UTF8Encoding(true));
        File.Delete(Path.Combine(folder, "seguimiento.csv"));

        // Act
        var result = Assert.Single(PlanLoader.Load(database.Target, [folder], LoadDate, LoadedAt));

        // Assert
        Assert.Contains(result.Errors, e => e is { File: "metas.csv", Row: 1, Column: "Tasa máxima de deserción (%)" } && e.Cause.Contains("obligatoria", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File.EndsWith("seguimiento.csv", StringComparison.Ordinal) && e.Cause == "falta este archivo del plan");
    }

    [Fact]
    public void Load_KeepsThePreviousVersion_WhenTheNewOneIsRefused_AndReplacesItWhenValid()
    {
        // Arrange: version 1 = template (1 strategy).
        Assert.True(PlanLoader.Load(database.Target, [template], LoadDate, LoadedAt).Single().Loaded);
        var bad = CopyCsvSet("v2-mala");
        AppendLine(Path.Combine(bad, "estrategias.csv"), "Transporte rural;Transporte escolar;primaria;Zona rural;Rectoría;2025-02-01;2025-11-30");
        AppendLine(Path.Combine(bad, "metas.csv"), "media;muchos");
        var good = CopyCsvSet("v2-buena");
        AppendLine(Path.Combine(good, "estrategias.csv"), "Transporte rural;Transporte escolar;primaria;Zona rural;Rectoría;2025-02-01;2025-11-30");

        // Act
        var refused = PlanLoader.Load(database.Target, [bad], LoadDate, LoadedAt).Single();
        var afterRefusal = PlanRepository.LoadYear(database.Target, 2025)["154001000123"];
        var replaced = PlanLoader.Load(database.Target, [good], LoadDate, LoadedAt).Single();
        var afterReplace = PlanRepository.LoadYear(database.Target, 2025);

        // Assert
        Assert.False(refused.Loaded);
        Assert.Single(afterRefusal.Strategies);
        Assert.True(replaced.Loaded, string.Join("\n", replaced.Errors));
        Assert.Single(afterReplace);
        Assert.Equal(["Tutorías de lectura", "Transporte rural"], afterReplace["154001000123"].Strategies.Select(s => s.Name));
        Assert.Single(afterReplace["154001000123"].Targets);
    }

    [Fact]
    public void Load_RecordsTheLedger_AndSkipsTheSameFileAgain()
    {
        // Arrange
        var bad = CopyCsvSet("mala");
        AppendLine(Path.Combine(bad, "metas.csv"), "media;muchos");

        // Act
        var first = PlanLoader.Load(database.Target, [template], LoadDate, LoadedAt).Single();
        var again = PlanLoader.Load(database.Target, [template], LoadDate, LoadedAt).Single();
        var refused = PlanLoader.Load(database.Target, [bad], LoadDate, LoadedAt).Single();
        using var connection = database.Target.Open();
        var ledger = Dapper.SqlMapper.Query<(string Status, long RowsRead, long RowsRejected)>(connection,
            "SELECT status, rows_read, rows_rejected FROM load_ledger WHERE kind = 'plan' ORDER BY load_id").ToList();

        // Assert: the template has one example row in each of its six parts.
        Assert.True(first.Loaded);
        Assert.True(again.Duplicate);
        Assert.False(refused.Loaded);
        Assert.Equal([("loaded", 6L, 0L), ("refused", 7L, 1L)], ledger);
    }

    [Fact]
    public void Template_WritesBomSemicolonCsv_AndListsInTheWorkbook()
    {
        // Act
        var bytes = File.ReadAllBytes(Path.Combine(template, "estrategias.csv"));
        using var book = new XLWorkbook(Path.Combine(template, PlanTemplateWriter.WorkbookFile));

        // Assert
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Nombre de la estrategia;Tipo;", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        Assert.Equal(["Plan", "Factores de riesgo", "Factores protectores", "Estrategias", "Metas", "Seguimiento", "Listas"], book.Worksheets.Select(w => w.Name));
        Assert.NotEmpty(book.Worksheet("Estrategias").DataValidations);
        Assert.Equal(54, book.Worksheet("Listas").Column(4).CellsUsed().Count() - 1);
    }
}
