using Dapper;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>
/// A hand-made 2025 year written straight into schema v1 tables. Cuts 2025-03-01, 2025-06-01, 2025-11-01 (final).
/// Institution A (own, <see cref="OwnDane"/>):
///   S1 grade 6 enrolled at every cut; S2 grade 6 enrolled at cuts 1-2 then RETIRADO (dropout, SIMPADE reasons);
///   S3 grade 7 enrolled at cut 1 only (vanished: dropout); S4 grade 7 at A cut 1, then at B (transfer out of A);
///   S5 grade 7 enrolled at cuts 1 and 3, absent at 2 (not a dropout).
/// Institution B (other): S4 grade 7 (cuts 2-3); S6 grade 8 cuts 1-2 then absent (dropout); S7 grade 8 every cut.
/// Hand-computed indicators: A grade 6 = 2 enrolled, 1 dropout; grade 7 = 2 enrolled, 1 dropout, 1 transfer out;
/// A total 4 / 2 / 1 → 50.00 %. B grade 7 = 1 / 0; grade 8 = 2 / 1; B total 3 / 1 / 0 → 33.33 %.
/// </summary>
public static class SeedData
{
    public const string OwnDane = "154001000011";
    public const string OtherDane = "154001000022";
    public const string Password = "Clave-Segura-2025";
    public const int Year = 2025;

    /// <summary>Personal data of the seeded students that must never reach a log.</summary>
    public static readonly string[] PersonalValues =
    [
        "VALENTINA", "QUINTERO", "1092345678", "3157654321", "3001112233", "CALLE 10 # 5-23", "LA LIBERTAD",
        "SANTIAGO", "JAIMES", "1093456789", "3209876543", "AVENIDA 4 # 12-80",
        "MARIANA", "PEÑARANDA", "1094567890", "3114445566", "CARRERA 7 # 1-15",
    ];

    public static void Seed(DatabaseTarget target)
    {
        using var connection = target.Open();
        // SQL Server: load_id is an IDENTITY column; the fixture needs its fixed ids.
        var identityOn = target.Dialect == SqlDialect.SqlServer ? "SET IDENTITY_INSERT dbo.load_ledger ON;" : "";
        var identityOff = target.Dialect == SqlDialect.SqlServer ? "SET IDENTITY_INSERT dbo.load_ledger OFF;" : "";
        connection.Execute(identityOn + """
            INSERT INTO load_ledger (load_id, file_name, sha256, kind, cut_date, school_year, status, rows_read, rows_loaded, started_at)
            VALUES (1, 'simat-2025-03-01.csv', 'a1', 'simat', '2025-03-01', 2025, 'loaded', 6, 6, '2025-03-02 08:00:00'),
                   (2, 'simat-2025-06-01.csv', 'a2', 'simat', '2025-06-01', 2025, 'loaded', 6, 6, '2025-06-02 08:00:00'),
                   (3, 'simat-2025-11-01.csv', 'a3', 'simat', '2025-11-01', 2025, 'loaded', 5, 5, '2025-11-02 08:00:00'),
                   (4, 'simpade-2025.csv', 'a4', 'simpade', NULL, 2025, 'loaded', 1, 1, '2025-11-03 08:00:00');
            """ + identityOff + """
            INSERT INTO institution (institution_dane, name) VALUES ('154001000011', 'IE SIMÓN BOLÍVAR'), ('154001000022', 'IE FRANCISCO DE PAULA SANTANDER');
            """);
        var rows = new (int Load, string Cut, string Student, string Dane, int Grade, string Status)[]
        {
            (1, "2025-03-01", "S1", OwnDane, 6, "MATRICULADO"), (2, "2025-06-01", "S1", OwnDane, 6, "MATRICULADO"), (3, "2025-11-01", "S1", OwnDane, 6, "MATRICULADO"),
            (1, "2025-03-01", "S2", OwnDane, 6, "MATRICULADO"), (2, "2025-06-01", "S2", OwnDane, 6, "MATRICULADO"), (3, "2025-11-01", "S2", OwnDane, 6, "RETIRADO"),
            (1, "2025-03-01", "S3", OwnDane, 7, "MATRICULADO"),
            (1, "2025-03-01", "S4", OwnDane, 7, "MATRICULADO"), (2, "2025-06-01", "S4", OtherDane, 7, "MATRICULADO"), (3, "2025-11-01", "S4", OtherDane, 7, "MATRICULADO"),
            (1, "2025-03-01", "S5", OwnDane, 7, "MATRICULADO"), (3, "2025-11-01", "S5", OwnDane, 7, "MATRICULADO"),
            (1, "2025-03-01", "S6", OtherDane, 8, "MATRICULADO"), (2, "2025-06-01", "S6", OtherDane, 8, "MATRICULADO"),
            (1, "2025-03-01", "S7", OtherDane, 8, "MATRICULADO"), (2, "2025-06-01", "S7", OtherDane, 8, "MATRICULADO"), (3, "2025-11-01", "S7", OtherDane, 8, "MATRICULADO"),
        };
        var rowNumber = 0;
        foreach (var r in rows)
        {
            rowNumber++;
            connection.Execute("""
                INSERT INTO enrollment (load_id, row_number, cut_date, school_year, student_key, institution_dane, grade, group_code, status, is_enrolled)
                VALUES (@Load, @rowNumber, @Cut, 2025, @Student, @Dane, @Grade, @group, @Status, @enrolled)
                """, new { r.Load, rowNumber, r.Cut, r.Student, r.Dane, r.Grade, group = $"{r.Grade:00}01", r.Status, enrolled = r.Status == "MATRICULADO" ? 1 : 0 });
        }

        connection.Execute("""
            INSERT INTO student_contact (load_id, row_number, student_key, doc_type, doc_number, first_name, first_surname, second_surname, phone, address, neighborhood)
            VALUES (1, 4, 'S2', 'TI', '1092345678', 'VALENTINA', 'QUINTERO', 'ROJAS', '3001112233', 'CALLE 10 # 5-23', 'LA LIBERTAD'),
                   (2, 5, 'S2', 'TI', '1092345678', 'VALENTINA', 'QUINTERO', 'ROJAS', '3157654321', 'CALLE 10 # 5-23', 'LA LIBERTAD'),
                   (1, 7, 'S3', 'TI', '1093456789', 'SANTIAGO', 'JAIMES', NULL, '3209876543', 'AVENIDA 4 # 12-80', NULL),
                   (2, 14, 'S6', 'RC', '1094567890', 'MARIANA', 'PEÑARANDA', NULL, '3114445566', 'CARRERA 7 # 1-15', NULL);
            INSERT INTO simpade_dropout (load_id, row_number, school_year, student_key, institution_dane, grade, reasons_reported)
            VALUES (4, 1, 2025, 'S2', '154001000011', 6, 1);
            INSERT INTO simpade_dropout_reason (load_id, row_number, reason_code) VALUES (4, 1, 'ECONOMICAS'), (4, 1, 'CAMBIO DOMICILIO');
            """);
        connection.Dispose();

        // Indicators come from the engine's outcomes, as after a real load: derive them.
        OutcomeRecomputer.Recompute(target, Year);
    }

    public static void AddUsers(DatabaseTarget target)
    {
        var accounts = AccountService.For(target, TimeProvider.System);
        var actor = AccountActor.Cli();
        accounts.AddUser("secretaria1", UserRole.Secretaria, null, Password, actor);
        accounts.AddUser("cobertura1", UserRole.Cobertura, null, Password, actor);
        accounts.AddUser("rectora", UserRole.Rector, OwnDane, Password, actor);
        accounts.AddUser("admin1", UserRole.Admin, null, Password, actor);
    }
}
