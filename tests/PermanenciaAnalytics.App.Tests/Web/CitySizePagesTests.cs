using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// The dashboard, búsqueda activa and a grade page over real HTTP on a 20,000-student year, checked against lists
/// derived here from the enrolment rows alone (the definition of docs/methodology.md, independent of the engine's SQL).
/// </summary>
public sealed partial class CitySizePagesTests(CitySizeYearFixture year) : IClassFixture<CitySizeYearFixture>
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    [Fact]
    public async Task BusquedaActiva_ListsEveryWithdrawnStudentOfTheInstitution_WhenTheYearIsCitySized()
    {
        // Arrange
        var expected = Placements().Where(p => p.Withdrawn && p.InstitutionDane == year.BigInstitution).Select(p => p.Document).Order().ToList();
        using var session = new BrowserlessSession(year.Site);
        await session.LoginAsync("rector1", CitySizeYearFixture.Password);

        // Act
        using var response = await session.Client.GetAsync($"/instituciones/{year.BigInstitution}/busqueda-activa?anio={CitySizeYearFixture.Year}");
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(expected.Count > 50, $"the fixture should give the big school many cases, got {expected.Count}");
        Assert.Contains($"{expected.Count.ToString("N0", Colombia)} casos", html, StringComparison.Ordinal);
        Assert.Equal(expected, Documents(html).Order().ToList());
    }

    [Fact]
    public async Task GradePage_ListsTheStudentsAttributedToTheGrade_WhenTheYearIsCitySized()
    {
        // Arrange
        var grade7 = Placements().Where(p => p.InstitutionDane == year.BigInstitution && p.Grade == 7).ToList();
        using var session = new BrowserlessSession(year.Site);
        await session.LoginAsync("rector1", CitySizeYearFixture.Password);

        // Act
        using var response = await session.Client.GetAsync($"/instituciones/{year.BigInstitution}/grados/7/estudiantes?anio={CitySizeYearFixture.Year}");
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{grade7.Count.ToString("N0", Colombia)} estudiantes, {grade7.Count(p => p.Withdrawn).ToString("N0", Colombia)} desertores", html, StringComparison.Ordinal);
        Assert.Equal(grade7.Select(p => p.Document).Order().ToList(), Documents(html).Order().ToList());
    }

    [Fact]
    public async Task Dashboard_CountsEachInstitutionsCases_WhenTheYearIsCitySized()
    {
        // Arrange
        var cases = Placements().Where(p => p.Withdrawn).GroupBy(p => p.InstitutionDane).ToDictionary(g => g.Key, g => g.Count());
        using var session = new BrowserlessSession(year.Site);
        await session.LoginAsync("secretaria1", CitySizeYearFixture.Password);

        // Act
        using var response = await session.Client.GetAsync($"/tablero?anio={CitySizeYearFixture.Year}");
        var html = await response.Content.ReadAsStringAsync();

        // Assert: one row per institution in the búsqueda-activa table, its first count the withdrawn students.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tablero municipal", html, StringComparison.Ordinal);
        var section = html[html.IndexOf("id=\"busqueda\"", StringComparison.Ordinal)..];
        Assert.Equal(12, cases.Count);
        foreach (var (dane, count) in cases)
        {
            // The row's header is the institution's name with its code under it (or the code alone when it has no name).
            Assert.Matches($"<tr><th scope=\"row\">[^<]*(<br><small>)?{dane}(</small>)?</th><td class=\"num\">{Regex.Escape(count.ToString("N0", Colombia))}</td>", section);
        }
    }

    [Fact]
    public async Task RiskPage_ListsEveryEnrolledStudentOnceAcrossItsPages_WhenTheYearIsCitySized()
    {
        // Arrange: the risk list scores every student enrolled at the final cut.
        var expected = Placements().Where(p => !p.Withdrawn && p.InstitutionDane == year.BigInstitution).Select(p => p.Document).Order().ToList();
        var pages = (expected.Count + 99) / 100;
        using var session = new BrowserlessSession(year.Site);
        await session.LoginAsync("rector1", CitySizeYearFixture.Password);
        var path = $"/instituciones/{year.BigInstitution}/riesgo?anio={CitySizeYearFixture.Year}&banda=todas";

        // Act: follow the pages as a reader would, from the first page's "Siguiente" link to the last.
        var seen = new List<string>();
        var htmls = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            var html = await session.Client.GetStringAsync(path + "&pagina=" + page.ToString(CultureInfo.InvariantCulture));
            htmls.Add(html);
            seen.AddRange(Documents(html));
        }

        var pastTheEnd = await session.Client.GetStringAsync(path + "&pagina=999");

        // Assert: 100 a page, each student once, links that keep the band, and a page past the end shows the last one.
        Assert.True(pages > 2, $"the fixture should give the big school several pages, got {expected.Count} students");
        Assert.Equal(expected, seen.Order().ToList());
        Assert.Contains($"{expected.Count.ToString("N0", Colombia)} estudiantes · del 1 al 100", htmls[0], StringComparison.Ordinal);
        Assert.Contains("banda=todas&amp;pagina=2\" rel=\"next\">Siguiente", htmls[0], StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", htmls[0], StringComparison.Ordinal);
        Assert.Contains($"Página {pages} de {pages}", htmls[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", htmls[^1], StringComparison.Ordinal);
        Assert.Equal(Documents(htmls[^1]).ToList(), Documents(pastTheEnd).ToList());
    }

    /// <summary>
    /// Each student's attributed placement (latest cut with a MATRICULADO row, first loaded row there), whether that cut
    /// is before the year's final cut (withdrawn), and the document of the newest contact row.
    /// </summary>
    private List<Placement> Placements()
    {
        using var connection = year.Site.Database.Target.Open();
        var rows = connection.Query<(string StudentKey, string CutDate, string InstitutionDane, long Grade, long IsEnrolled, long LoadId, long RowNumber)>(
            "SELECT student_key, cut_date, institution_dane, grade, is_enrolled, load_id, row_number FROM enrollment WHERE school_year = @Year",
            new { CitySizeYearFixture.Year }).ToList();
        var documents = connection.Query<(string StudentKey, string? DocType, string? DocNumber, long LoadId, long RowNumber)>(
                "SELECT student_key, doc_type, doc_number, load_id, row_number FROM student_contact")
            .GroupBy(c => c.StudentKey)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.LoadId).ThenByDescending(c => c.RowNumber).Select(c => $"{c.DocType} {c.DocNumber}".Trim()).First());
        var finalCut = rows.Max(r => r.CutDate);
        return rows.Where(r => r.IsEnrolled == 1)
            .GroupBy(r => r.StudentKey)
            .Select(g =>
            {
                var lastCut = g.Max(r => r.CutDate);
                var attributed = g.Where(r => r.CutDate == lastCut).OrderBy(r => r.LoadId).ThenBy(r => r.RowNumber).First();
                return new Placement(attributed.InstitutionDane, (int)attributed.Grade, string.CompareOrdinal(lastCut, finalCut) < 0, documents[g.Key]);
            })
            .ToList();
    }

    private static IEnumerable<string> Documents(string html) =>
        DocumentCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim(' ', '·'));

    // The grade page's document column, or the case list's document line under the name (one card per case on a phone).
    [GeneratedRegex("<tr><th scope=\"row\">[^<]*</th>\\s*<td>([^<]*)</td>|<tr><th scope=\"row\" data-label=\"Estudiante\">[^<]*<br><small>([^<]*)")]
    private static partial Regex DocumentCell();

    private sealed record Placement(string InstitutionDane, int Grade, bool Withdrawn, string Document);
}
