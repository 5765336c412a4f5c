using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.App.Tests.Web;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

/// <summary>
/// <c>bench web</c> end to end on the seeded year: the real <c>permanencia serve</c> child process, real sign-in per
/// role, every route. Checks what the report says (routes, errors, measured SQL counts), never the clock.
/// </summary>
public class BenchWebCommandTests
{
    /// <summary>Routes backed by the database: the server must have counted at least one statement for each.</summary>
    private static readonly string[] DatabaseRoutes =
    [
        "/tablero", "/tablero/grafico-mensual.png", "/tablero/grafico-ranking.png", "/instituciones/{dane}", "/instituciones/{dane}/grafico.png",
        "/instituciones/{dane}/grafico-mensual.png", "/instituciones/{dane}/indicadores.csv", "/instituciones/{dane}/indicadores.xlsx",
        "/instituciones/{dane}/grados/{grado}/estudiantes", "/instituciones/{dane}/busqueda-activa", "POST /instituciones/{dane}/busqueda-activa + recarga",
        "/instituciones/{dane}/plan",
        "/cargas", "/cargas/{id}", "/usuarios", "/auditoria", "POST /api/auth/token", "/api/institutions/{dane}/indicators",
        "/api/institutions/{dane}/students/withdrawn",
    ];

    [Fact]
    public async Task BenchWeb_ReportsEveryRouteWithCountedStatementsAndNoErrors_OnSeededYear()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        SeedData.Seed(database.Target);
        var report = Path.Combine(database.Folder, "bench.md");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var exit = await CliApp.RunAsync(
            ["bench", "web", "--db", database.ConnectionString, "--duration", "120", "--requests", "2", "--clients", "1,2", "--timeout", "60", "--report", report],
            output, error);

        // Assert
        Assert.True(exit == ExitCodes.Success, error.ToString());
        var rows = ReportRows(output.ToString());
        Assert.Equal(File.ReadAllText(report), output.ToString());
        foreach (var route in DatabaseRoutes)
        {
            var measured = rows.Where(r => r.Route == route).ToList();
            Assert.True(measured.Count >= 2, $"{route} falta en el informe:\n{output}");
            Assert.All(measured, r => Assert.True(r.Statements > 0, $"{route} ({r.Role}, {r.Clients}): SQL/petición '{r.StatementsText}'"));
        }

        Assert.Contains(rows, r => r.Route == "/instituciones/{dane}" && r.Role == "rector" && r.Clients == 2);
        Assert.All(rows, r => Assert.True(r.Errors == "0", $"{r.Route} ({r.Role}, {r.Clients}): errores {r.Errors}"));
        Assert.All(rows, r => Assert.True(r.Requests == 2, $"{r.Route} ({r.Role}, {r.Clients}): {r.Requests} peticiones"));
    }

    private sealed record Row(string Route, string Role, int Clients, int Requests, string Errors, string StatementsText)
    {
        /// <summary>The median, or the lower end of a «a–b» range.</summary>
        public int Statements => int.TryParse(StatementsText.Split('–')[0], out var n) ? n : -1;
    }

    private static List<Row> ReportRows(string markdown) => markdown.Split('\n')
        .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
        .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
        .Select(c => new Row(c[1].Trim('`'), c[2], int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture),
            int.TryParse(c[4], out var n) ? n : 0, c[9], c[10]))
        .ToList();
}
