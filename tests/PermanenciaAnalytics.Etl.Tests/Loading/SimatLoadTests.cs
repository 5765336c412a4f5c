using PermanenciaAnalytics.Etl.Loading;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Loading;

public sealed class SimatLoadTests
{
    [Fact]
    public void Load_LoadsEveryRow_WhenPlano54HasBomCrlfAndQuotedSeparators()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/plano54_bom_crlf_2024-03-31.csv", ExtractKind.Simat);

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(ExtractKind.Simat, summary.Kind);
        Assert.Equal(new DateOnly(2024, 3, 31), summary.Cut);
        Assert.Equal((6, 6, 0), (summary.RowsRead, summary.RowsLoaded, summary.RowsRejected));
        Assert.Null(summary.RejectsPath);
        Assert.Equal([-1, 0, 6, 6, 11, 99], fixture.Query<int>("SELECT grade FROM enrollment ORDER BY grade"));
        Assert.Equal("INSTITUCIÓN EDUCATIVA SAN JOSÉ, CÚCUTA", fixture.Single<string>("SELECT name FROM institution WHERE institution_dane = '154001000101'"));
        Assert.Equal("COLEGIO MUNICIPAL \"EL RODEO\"", fixture.Single<string>("SELECT name FROM institution WHERE institution_dane = '154001000202'"));
        Assert.Equal("SEDE RURAL, VEREDA", fixture.Single<string>("SELECT name FROM sede WHERE sede_dane = '154001000219'"));
        Assert.Equal(6, fixture.Count("enrollment", "cut_date = '2024-03-31' AND school_year = 2024"));
        Assert.Equal(6, fixture.Count("student_contact"));
    }

    [Fact]
    public void Load_StoresRetiradoAsNotEnrolledWithEndDate_WhenEstadoIsRetirado()
    {
        using var fixture = new LoadFixture();

        fixture.Load("simat/plano54_bom_crlf_2024-03-31.csv");

        var row = fixture.Single<(string Status, long IsEnrolled, string EndDate, string Motivo)>(
            "SELECT status, is_enrolled, end_date, motivo FROM enrollment WHERE per_id = '900004'");
        Assert.Equal(("RETIRADO", 0L, "2024-03-15", "NO CONTINUÓ EN EL ESTABLECIMIENTO EDUCATIVO"), row);
        Assert.Equal(5, fixture.Count("enrollment", "is_enrolled = 1 AND status = 'MATRICULADO'"));
    }

    [Fact]
    public void Load_ReadsLastRow_WhenFileHasLfAndNoFinalNewline()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/plano54_nobom_lf_20240331.csv");

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(new DateOnly(2024, 3, 31), summary.Cut);
        Assert.Equal(6, summary.RowsLoaded);
        Assert.Equal("F", fixture.Single<string>("SELECT sex FROM enrollment WHERE per_id = '900006'"));
        Assert.Equal("2012-05-14", fixture.Single<string>("SELECT birth_date FROM enrollment WHERE per_id = '900006'"));
    }

    [Fact]
    public void Load_DecodesWindows1252AndSemicolons_WhenDetallado43HasTrailingEmptyFields()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/detallado43_win1252_20240430.txt", ExtractKind.Simat);

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal((4, 4), (summary.RowsRead, summary.RowsLoaded));
        Assert.Equal(("NIÑA", "NÚÑEZ", "MUÑOZ"), fixture.Single<(string, string, string)>(
            "SELECT first_name, first_surname, second_surname FROM student_contact c JOIN enrollment e ON e.load_id = c.load_id AND e.row_number = c.row_number WHERE e.per_id = '900011'"));
        Assert.Equal("MAÑANA", fixture.Single<string>("SELECT jornada FROM enrollment WHERE per_id = '900011'"));
        Assert.Equal((25, "NOCTURNA"), fixture.Single<(int, string)>("SELECT grade, jornada FROM enrollment WHERE per_id = '900012'"));
        Assert.Equal("2024-02-01", fixture.Single<string>("SELECT start_date FROM enrollment WHERE per_id = '900013'"));
        Assert.Equal("COLOMBIA", fixture.Single<string>("SELECT country_origin FROM enrollment WHERE per_id = '900014'"));
        Assert.Equal(4, fixture.Count("student_contact", "email IS NULL"));
    }

    [Fact]
    public void Load_MapsAnexo6ANames_WhenHeaderHasStraySpacesAndTabs()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/anexo6a_tab.tsv");

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(new DateOnly(2024, 4, 30), summary.Cut); // from FECHA_CORTE
        Assert.Equal(3, summary.RowsLoaded);
        var hashed = "D" + StudentKeys.DocumentHash("1091000003");
        Assert.Equal((hashed, StudentKeys.DocumentHash("1091000003")), fixture.Single<(string, string)>(
            "SELECT student_key, doc_key FROM enrollment WHERE per_id IS NULL"));
        Assert.Equal(("154001000101", 5, "MAÑANA", "S", "URBANA"), fixture.Single<(string, int, string, string, string)>(
            "SELECT sede_dane, grade, jornada, victima, zona FROM enrollment WHERE per_id = '800002'"));
        Assert.Equal("SOFÍA", fixture.Single<string>("SELECT first_name FROM student_contact WHERE student_key = '800001'"));
        Assert.Equal("CALLE 10 # 4-21", fixture.Single<string>("SELECT address FROM student_contact WHERE student_key = '800001'"));
    }

    [Fact]
    public void Load_DerivesNoCutFromName_WhenOptionCutGiven()
    {
        using var fixture = new LoadFixture(cut: new DateOnly(2024, 6, 30));

        var summary = fixture.Load("simat/sin_fecha.csv");

        Assert.Equal(LoadStatus.Loaded, summary.Status);
        Assert.Equal(new DateOnly(2024, 6, 30), summary.Cut);
        Assert.Equal(1, fixture.Count("enrollment", "cut_date = '2024-06-30'"));
    }

    [Fact]
    public void Load_WritesLedgerRow_WhenLoaded()
    {
        using var fixture = new LoadFixture();

        var summary = fixture.Load("simat/plano54_bom_crlf_2024-03-31.csv");

        var ledger = fixture.Single<(string Kind, string Status, long Read, long Loaded, string Sha, string Cut, long Year)>(
            "SELECT kind, status, rows_read, rows_loaded, sha256, cut_date, school_year FROM load_ledger");
        Assert.Equal(("simat", "loaded", 6L, 6L, summary.Sha256, "2024-03-31", 2024L), ledger);
        Assert.Equal(64, summary.Sha256.Length);
    }
}
