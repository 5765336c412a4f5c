using System.Net;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// <c>/cargas/{loadId}</c> and its rejects CSV over a real load of <c>rejects_mixed_2024-05-31.csv</c>. Expected
/// numbers are the file's, counted by hand in tests/data/make_extract_samples.py §5: 12 rows read, 4 loaded,
/// 8 rejected (one per reason), 1 duplicate, 1 warning (row 11, ESTADO "EN PROCESO").
/// </summary>
public sealed class LoadSummaryPageTests(LoadedRejectsSiteFixture fixture) : IClassFixture<LoadedRejectsSiteFixture>
{
    public static TheoryData<string, string> RejectReasons() => new()
    {
        { "missing_identity", "Sin identificación del estudiante (PER_ID o tipo y número de documento)" },
        { "missing_institution", "Sin código DANE de la institución" },
        { "malformed_institution_dane", "Código DANE de la institución mal formado" },
        { "missing_grade", "Sin grado" },
        { "unknown_grade", "Grado no reconocido" },
        { "missing_status", "Sin estado de la matrícula" },
        { "unparseable_date", "Fecha ilegible" },
        { "duplicate_student_at_cut", "Estudiante repetido en el mismo corte" },
    };

    [Fact]
    public async Task LoadPage_ShowsLedgerSummaryInSpanish_WhenLoadHasRejectedRows()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        var page = await session.Client.GetStringAsync($"/cargas/{fixture.LoadId}");

        // Assert
        var summary = Section(page, "resumen-carga");
        Assert.Contains("<th scope=\"row\">Archivo</th><td>rejects_mixed_2024-05-31.csv</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Tipo</th><td>SIMAT</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Fecha de corte</th><td>31/05/2024</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Año escolar</th><td>2024</td>", summary, StringComparison.Ordinal);
        Assert.Contains(">Cargado</span>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Filas leídas</th><td class=\"num\">12</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Filas cargadas</th><td class=\"num\">4</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Filas rechazadas</th><td class=\"num\">8</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Duplicados</th><td class=\"num\">1</td>", summary, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Advertencias</th><td class=\"num\">1</td>", summary, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"row\">Duración</th><td>(menos de 0,1 s|[0-9.]+,[0-9] s)</td>", summary);
    }

    [Theory]
    [MemberData(nameof(RejectReasons))]
    public async Task LoadPage_CountsRejectedRowsByReasonWithSpanishLabel_ForEveryReasonInTheFile(string code, string label)
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        var page = await session.Client.GetStringAsync($"/cargas/{fixture.LoadId}");

        // Assert
        Assert.Contains($"<tr><th scope=\"row\">{label}</th><td><code>{code}</code></td><td>Rechazada</td><td class=\"num\">1</td></tr>",
            Section(page, "motivos-rechazo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadPage_ShowsWhyTheFileWasRefusedByReason_WhenTheWholeFileWasRefused()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        var page = await session.Client.GetStringAsync($"/cargas/{fixture.RefusedLoadId}");

        // Assert: 8 of 12 rows over the 10 % cap; each reason once; the rows themselves were rolled back.
        var reasons = Section(page, "motivos-rechazo");
        Assert.Equal(8, CountOf(reasons, "<td>Rechazada</td><td class=\"num\">1</td>"));
        Assert.Contains("Estudiante repetido en el mismo corte", reasons, StringComparison.Ordinal);
        Assert.Contains("El archivo se rechazó completo: estos son los motivos", page, StringComparison.Ordinal);
        Assert.Contains(">Rechazado</span>", Section(page, "resumen-carga"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadPage_ListsEachRejectedRowAndTheWarning_InFileOrder()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        var page = await session.Client.GetStringAsync($"/cargas/{fixture.LoadId}");

        // Assert
        var reasons = Section(page, "motivos-rechazo");
        Assert.Contains("<tr><th scope=\"row\">Estado no reconocido (cargado como OTRO)</th><td><code>unknown_status</code></td><td>Advertencia (fila cargada)</td><td class=\"num\">1</td></tr>",
            reasons, StringComparison.Ordinal);
        var rows = Section(page, "filas-rechazadas");
        Assert.Equal(9, CountOf(rows, "<tr><td class=\"num\">"));
        Assert.Contains("<tr><td class=\"num\">5</td><td>DANE</td><td>15400100010</td><td>Código DANE de la institución mal formado</td><td>Rechazada</td></tr>", rows, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"num\">11</td><td>ESTADO</td><td>EN PROCESO</td><td>Estado no reconocido (cargado como OTRO)</td><td>Advertencia (fila cargada)</td></tr>", rows, StringComparison.Ordinal);
        Assert.True(rows.IndexOf(">5</td>", StringComparison.Ordinal) < rows.IndexOf(">11</td>", StringComparison.Ordinal));
        Assert.Contains($"href=\"/cargas/{fixture.LoadId}/rechazos.csv\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsCsv_HasEveryRejectedRowAndWarning_InTheLoaderLayout()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        using var response = await session.Client.GetAsync($"/cargas/{fixture.LoadId}/rechazos.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"rechazos-carga-{fixture.LoadId}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("row_number,column,value,reason,severity", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.Equal("3,PER_ID,,missing_identity,rejected", lines[1]);
        Assert.Equal("5,DANE,15400100010,malformed_institution_dane,rejected", lines[3]);
        Assert.Equal("7,GRADO_COD,17,unknown_grade,rejected", lines[5]);
        Assert.Equal("11,ESTADO,EN PROCESO,unknown_status,warning", lines[9]);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task LoadPage_Returns404InSpanish_WhenLoadDoesNotExist()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        using var page = await session.Client.GetAsync("/cargas/987654");
        using var csv = await session.Client.GetAsync("/cargas/987654/rechazos.csv");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("No existe la carga 987654.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task LoadPage_WritesAuditEntriesWithoutValues_WhenRejectedRowsAreViewedOrDownloaded()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");
        using (var connection = fixture.Site.Database.Target.Open())
        {
            connection.Execute("DELETE FROM audit_log WHERE action IN ('ver_filas_rechazadas', 'descargar_filas_rechazadas')");
        }

        // Act
        await session.Client.GetStringAsync($"/cargas/{fixture.LoadId}");
        await session.Client.GetStringAsync($"/cargas/{fixture.LoadId}/rechazos.csv");

        // Assert
        using var db = fixture.Site.Database.Target.Open();
        var entries = db.Query<(string User, string Role, string Action, string Detail)>(
            "SELECT user_name, role, action, detail FROM audit_log WHERE action IN ('ver_filas_rechazadas', 'descargar_filas_rechazadas') ORDER BY audit_id").ToList();
        Assert.Equal(
        [
            ("cobertura1", "cobertura", "ver_filas_rechazadas", $"carga {fixture.LoadId}, 9 filas mostradas"),
            ("cobertura1", "cobertura", "descargar_filas_rechazadas", $"carga {fixture.LoadId}, 8 rechazadas, 1 advertencias"),
        ], entries);
    }

    [Fact]
    public async Task UploadsPage_LinksEveryLedgerRowToItsLoadPage()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        var page = await session.Client.GetStringAsync("/cargas");

        // Assert
        var ledger = Section(page, "resumen-cargas");
        Assert.Contains($"<a href=\"/cargas/{fixture.LoadId}\">rejects_mixed_2024-05-31.csv</a>", ledger, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cargas/1\">simat-2025-03-01.csv</a>", ledger, StringComparison.Ordinal);
        Assert.Contains("<td class=\"ok\">Cargado</td>", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadsPage_RedirectsToTheLoadPage_WhenTheLedgerHasTheUploadedFile()
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        using var response = await session.Client.GetAsync("/cargas?guardado=" + LoadedRejectsSiteFixture.FileName);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cargas/{fixture.LoadId}?subido=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UploadsPage_RefreshesItselfEveryThreeSeconds_WhileTheUploadIsPending()
    {
        // Arrange: this site runs no import job, so the upload stays in the inbox.
        using var session = await SignedInAsync("cobertura1");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await session.AntiforgeryAsync("/cargas")), "__af");
        form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(PermanenciaAnalytics.Testing.TestData.PathOf("simat/plano54_2024-04-30.csv"))), "archivo", "plano54_2024-04-30.csv");

        // Act
        using var upload = await session.Client.PostAsync("/cargas", form);
        var target = upload.Headers.Location?.OriginalString ?? "";
        var page = await session.Client.GetStringAsync(target);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Matches("^/cargas\\?guardado=[0-9]{6}-[0-9]{6}-plano54_2024-04-30\\.csv$", target);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"3\" />", page, StringComparison.Ordinal);
        Assert.Contains("está en espera o en importación", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no_existe_2024-05-31.csv")]
    [InlineData("../permanencia.db")]
    public async Task UploadsPage_SaysTheFileIsNotInTheInboxWithoutRefreshing_WhenNameIsUnknownOrOutside(string name)
    {
        // Arrange
        using var session = await SignedInAsync("cobertura1");

        // Act
        var page = await session.Client.GetStringAsync("/cargas?guardado=" + Uri.EscapeDataString(name));

        // Assert
        Assert.Contains("No se encontró el archivo", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
    }

    private async Task<BrowserlessSession> SignedInAsync(string user)
    {
        var session = new BrowserlessSession(fixture.Site);
        using var login = await session.LoginAsync(user);
        return session;
    }

    /// <summary>The markup of the table with that id, so an assertion cannot be satisfied by another part of the page.</summary>
    private static string Section(string page, string tableId)
    {
        var start = page.IndexOf($"<table id=\"{tableId}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No table {tableId} on the page.");
        return page[start..(page.IndexOf("</table>", start, StringComparison.Ordinal) + 8)];
    }

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
