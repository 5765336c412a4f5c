using System.Text.RegularExpressions;
using Dapper;
using PermanenciaAnalytics.Reports.Outcomes;
using SkiaSharp;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The dashboard's month view against last year, over real HTTP. Besides <see cref="SeedData"/> (2025) a small 2024 is
/// written here: cuts 2024-04-01 and 2024-10-01 (final); A grade 6: T1, T2 at both cuts, T3 and T4 only at the first
/// (dropouts, month of the next cut = October); B grade 8: T5 RETIRADO at the second cut with FECHAFIN 2024-07-20 (dropout in
/// July), T6 at both cuts. 2024 by hand: 6 enrolled; cumulative dropouts February–June 0, July–September 1 (1/6 = 16,67 %),
/// October 3 (3/6 = 50,00 %); November has no data (the last cut is in October).
/// 2025 by hand (SeedData): 7 enrolled; S3 vanishes after the March cut (June), S2 RETIRADO at the November cut without
/// FECHAFIN and S6 vanishes after June (both November): February–May 0, June–October 1 (1/7 = 14,29 %), November 3 (3/7 = 42,86 %).
/// </summary>
public sealed partial class DashboardMonthTests : IAsyncLifetime
{
    private WebTestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await WebTestSite.StartAsync();
        using (var connection = site.Database.Target.Open())
        {
            connection.Execute("""
                INSERT INTO load_ledger (load_id, file_name, sha256, kind, cut_date, school_year, status, rows_read, rows_loaded, started_at)
                VALUES (11, 'simat-2024-04-01.csv', 'b1', 'simat', '2024-04-01', 2024, 'loaded', 6, 6, '2024-04-02 08:00:00'),
                       (12, 'simat-2024-10-01.csv', 'b2', 'simat', '2024-10-01', 2024, 'loaded', 4, 4, '2024-10-02 08:00:00');
                """);
            var rows = new (int Load, string Cut, string Student, string Dane, int Grade, string Status, string? End)[]
            {
                (11, "2024-04-01", "T1", SeedData.OwnDane, 6, "MATRICULADO", null), (12, "2024-10-01", "T1", SeedData.OwnDane, 6, "MATRICULADO", null),
                (11, "2024-04-01", "T2", SeedData.OwnDane, 6, "MATRICULADO", null), (12, "2024-10-01", "T2", SeedData.OwnDane, 6, "MATRICULADO", null),
                (11, "2024-04-01", "T3", SeedData.OwnDane, 6, "MATRICULADO", null),
                (11, "2024-04-01", "T4", SeedData.OwnDane, 6, "MATRICULADO", null),
                (11, "2024-04-01", "T5", SeedData.OtherDane, 8, "MATRICULADO", null), (12, "2024-10-01", "T5", SeedData.OtherDane, 8, "RETIRADO", "2024-07-20"),
                (11, "2024-04-01", "T6", SeedData.OtherDane, 8, "MATRICULADO", null), (12, "2024-10-01", "T6", SeedData.OtherDane, 8, "MATRICULADO", null),
            };
            var rowNumber = 0;
            foreach (var r in rows)
            {
                rowNumber++;
                connection.Execute("""
                    INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, grade, group_code, status, is_enrolled, end_date)
                    VALUES (@Load, @rowNumber, @Cut, 2024, @Student, @Dane, @Grade, '0601', @Status, @enrolled, @End)
                    """, new { r.Load, rowNumber, r.Cut, r.Student, r.Dane, r.Grade, r.Status, enrolled = r.Status == "MATRICULADO" ? 1 : 0, r.End });
            }
        }

        OutcomeRecomputer.Recompute(site.Database.Target, 2024);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    [GeneratedRegex("<table id=\"tabla-meses\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex MonthTable();

    [GeneratedRegex("<tr><th scope=\"row\">([^<]+)</th>((?:<td class=\"num\">[^<]*</td>)+)</tr>")]
    private static partial Regex MonthRow();

    [GeneratedRegex("<td class=\"num\">([^<]*)</td>")]
    private static partial Regex Cell();

    private static Dictionary<string, string[]> ParseMonthTable(string html)
    {
        var table = MonthTable().Match(html);
        Assert.True(table.Success, "the month table is missing");
        return MonthRow().Matches(table.Value).ToDictionary(
            m => m.Groups[1].Value,
            m => Cell().Matches(m.Groups[2].Value).Select(c => c.Groups[1].Value).ToArray());
    }

    [Fact]
    public async Task Dashboard_ShowsCumulativeMonthsAgainstLastYear_ForSecretaria()
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        var html = await session.Client.GetStringAsync("/tablero?anio=2025");
        var table = ParseMonthTable(html);

        // Assert: columns are dropouts 2025, rate 2025, dropouts 2024, rate 2024; school months February–November.
        Assert.Equal(["Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre"], table.Keys);
        Assert.Equal(["0", "0,00 %", "0", "0,00 %"], table["Mayo"]);
        Assert.Equal(["1", "14,29 %", "0", "0,00 %"], table["Junio"]);
        Assert.Equal(["1", "14,29 %", "1", "16,67 %"], table["Julio"]);
        Assert.Equal(["1", "14,29 %", "3", "50,00 %"], table["Octubre"]);
        Assert.Equal(["3", "42,86 %", "sin datos", "sin datos"], table["Noviembre"]);
        Assert.Contains("2025: 7 estudiantes matriculados, datos al corte 01/11/2025.", html, StringComparison.Ordinal);
        Assert.Contains("2024: 6 estudiantes matriculados, datos al corte 01/10/2024.", html, StringComparison.Ordinal);
        // Level table against last year: 2024 secundaria = grades 6 and 8 = 6 enrolled, 3 dropouts → 50,00 %.
        Assert.Contains("<tr><th scope=\"row\">Secundaria</th><td class=\"num\">7</td><td class=\"num\">3</td><td class=\"num\">42,86 %</td><td class=\"num\">50,00 %</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/tablero/grafico-mensual.png?anio=2025\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/tablero/grafico-ranking.png?anio=2025\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ShowsNoDataForLastYear_WhenThePreviousYearIsNotLoaded()
    {
        // Arrange: 2024 is the earliest year, so its comparison year 2023 has nothing.
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("cobertura1");

        // Act
        var table = ParseMonthTable(await session.Client.GetStringAsync("/tablero?anio=2024"));

        // Assert
        Assert.Equal(["1", "16,67 %", "sin datos", "sin datos"], table["Septiembre"]);
        Assert.Equal(["sin datos", "sin datos", "sin datos", "sin datos"], table["Noviembre"]);
    }

    [Theory]
    [InlineData("/tablero/grafico-mensual.png?anio=2025", 520, 0x1F, 0x5C, 0x99)] // the 2025 line
    [InlineData("/tablero/grafico-ranking.png?anio=2025", 240 + (22 * 2), 0xC0, 0x39, 0x2B)] // bars of institutions without plan
    public async Task DashboardChart_IsAPngWithItsDataColour_ForSecretaria(string path, int height, byte red, byte green, byte blue)
    {
        // Arrange
        using var session = new BrowserlessSession(site);
        using var login = await session.LoginAsync("secretaria1");

        // Act
        using var response = await session.Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(bytes);

        // Assert: a decodable PNG of the chart's size in which the data series was drawn, not only axes and text.
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((900, height), (bitmap.Width, bitmap.Height));
        var dataPixels = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Red == red && p.Green == green && p.Blue == blue)
                {
                    dataPixels++;
                }
            }
        }

        Assert.True(dataPixels > 300, $"only {dataPixels} pixels of the series colour");
    }
}
