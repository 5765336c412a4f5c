using PermanenciaAnalytics.Reports.Publishing;

namespace PermanenciaAnalytics.Reports.Tests.Publishing;

public sealed class PublisherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("permanencia-publish-").FullName;

    public void Dispose()
    {
        // Set PERMANENCIA_KEEP_TEST_OUTPUT to look at the published files after a run.
        if (Environment.GetEnvironmentVariable("PERMANENCIA_KEEP_TEST_OUTPUT") is null)
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Publish_WritesByteIdenticalFiles_WhenRunTwice()
    {
        // Arrange
        var input = PublicationSample.Build();

        // Act
        var first = Publisher.Publish(input, Path.Combine(root, "uno"));
        Thread.Sleep(1100); // a timestamp with one-second resolution would now differ
        var second = Publisher.Publish(input, Path.Combine(root, "dos"));

        // Assert
        var firstFiles = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        var secondFiles = Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(firstFiles, secondFiles);
        Assert.Contains(Path.Combine(PublicationSample.InstitutionA, "indicadores_grado.xlsx"), firstFiles);
        Assert.Contains(Path.Combine(PublicationSample.InstitutionA, "desertores_por_mes.svg"), firstFiles);
        foreach (var file in firstFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between runs");
        }
    }

    [Fact]
    public void Publish_UsesAVersionedFolder_AndLinksEveryInstitution()
    {
        // Act
        var version = Publisher.Publish(PublicationSample.Build(), root);

        // Assert
        Assert.Equal("2025-06", Path.GetFileName(version));
        var municipal = File.ReadAllText(Path.Combine(version, "index.html"));
        Assert.Contains($"href=\"{PublicationSample.InstitutionA}/index.html\"", municipal, StringComparison.Ordinal);
        Assert.Contains($"href=\"{PublicationSample.InstitutionB}/index.html\"", municipal, StringComparison.Ordinal);
        Assert.Contains("1 tarde", municipal, StringComparison.Ordinal);
        Assert.Contains("1 sin plan", municipal, StringComparison.Ordinal);
        Assert.Contains("Tasa municipal: <strong>4,69 %</strong>", municipal, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_SuppressesSmallCells_InCsvAndHtml()
    {
        // Arrange: grade 11 of A has 3 students (< 5); grade 0 (60) is the smallest other row → complementary.
        var version = Publisher.Publish(PublicationSample.Build(), root);
        var folder = Path.Combine(version, PublicationSample.InstitutionA);

        // Act
        var csv = File.ReadAllLines(Path.Combine(folder, "indicadores_grado.csv"));
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));

        // Assert
        Assert.Equal("year,institution_dane,grade,enrolled,dropouts,transfers_out,dropout_rate,suppressed", csv[0]);
        Assert.Equal("2025,154001000001,0,,,,,1", csv[1]);
        Assert.Equal("2025,154001000001,6,120,6,1,5.00,0", csv[2]);
        Assert.Equal("2025,154001000001,11,,,,,1", csv[4]);
        Assert.DoesNotContain(">3<", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"t\">11°</td><td class=\"num reservado\" title=\"Dato reservado: grupo con muy pocos estudiantes\">reservado</td>", html, StringComparison.Ordinal);
        // Findings and target results must not reveal hidden cells either (media = 1 of 3 → 33,33 %).
        Assert.DoesNotContain("33,33", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Transición</th><td class=\"num\">5,00 %</td><td class=\"num\">reservado</td><td class=\"num\">reservado</td><td>dato reservado</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_ShowsPlanFindingsAndGlossary_InSpanish()
    {
        // Act
        var html = File.ReadAllText(Path.Combine(Publisher.Publish(PublicationSample.Build(), root), PublicationSample.InstitutionA, "index.html"));

        // Assert: secundaria (6+7) = 8/230 = 3.48 in June → projected 3.48 × 10 / 5 = 6.96 > 3.50 → en riesgo
        Assert.Contains("<html lang=\"es-CO\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">3,48 %</td><td class=\"num\">6,96 %</td><td class=\"warn\">En riesgo</td>", html, StringComparison.Ordinal);
        Assert.Contains("Tarde", html, StringComparison.Ordinal);
        Assert.Contains("Razón observada sin factor de riesgo en el plan: Trabajar.", html, StringComparison.Ordinal);
        Assert.Contains("Meses sin seguimiento: febrero, mayo, junio.", html, StringComparison.Ordinal);
        Assert.Contains("100 × desertores ÷ matriculados", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_NeutralisesFormulaNames_InThePublishedCsv()
    {
        // Arrange: an institution name as a hostile SIMAT file could carry it into the institution table.
        var sample = PublicationSample.Build();
        var hostile = "=HYPERLINK(\"http://evil.example/x\",\"clic\")";
        var input = sample with { ByInstitution = [.. sample.ByInstitution.Select((r, i) => i == 0 ? r with { InstitutionName = hostile } : r)] };

        // Act
        var version = Publisher.Publish(input, root);

        // Assert: written as text (leading quote), never as a cell a spreadsheet would run.
        var csv = File.ReadAllText(Path.Combine(version, "instituciones.csv"));
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }
}
