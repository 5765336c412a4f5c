using Dapper;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Synthetic;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// A generated year of 20,000 students (12 institutions, 4 cuts, SIMPADE), loaded by the real loader and recomputed,
/// served by the real site with the product's small-cell threshold. Big enough that a page which re-derives what the
/// engine knows, or scans the year per student, no longer answers (the tests' 30-second client timeout fails it).
/// </summary>
public sealed class CitySizeYearFixture : IAsyncLifetime
{
    public const int Year = 2025;
    public const string Password = "Clave-Segura-2025";

    public WebTestSite Site { get; private set; } = null!;

    /// <summary>The institution with the most students: its rector's pages are the heaviest.</summary>
    public string BigInstitution { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var database = new TempSqliteDatabase();
        var files = new SyntheticYearGenerator(new SyntheticYearOptions { Students = 20_000, Institutions = 12, Cuts = 4, Seed = 20_250_228, Year = Year })
            .WriteTo(Path.Combine(database.Folder, "extractos"));
        var loader = new ExtractLoader(database.Target, new LoadOptions { RejectsFolder = Path.Combine(database.Folder, "rechazos") });
        foreach (var cut in files.SimatCuts)
        {
            Assert.Equal(LoadStatus.Loaded, loader.Load(cut.Path, ExtractKind.Simat).Status);
        }

        Assert.Equal(LoadStatus.Loaded, loader.Load(files.SimpadeFile!, ExtractKind.Simpade).Status);
        OutcomeRecomputer.Recompute(database.Target, Year);
        using (var connection = database.Target.Open())
        {
            BigInstitution = connection.ExecuteScalar<string>(
                "SELECT institution_dane FROM student_year_outcome WHERE school_year = @Year GROUP BY institution_dane ORDER BY COUNT(*) DESC, institution_dane LIMIT 1",
                new { Year })!;
        }

        var accounts = AccountService.For(database.Target, TimeProvider.System);
        accounts.AddUser("secretaria1", UserRole.Secretaria, null, Password, AccountActor.Cli());
        accounts.AddUser("rector1", UserRole.Rector, BigInstitution, Password, AccountActor.Cli());
        Site = await WebTestSite.StartOnAsync(database, smallCellThreshold: 5);
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}
