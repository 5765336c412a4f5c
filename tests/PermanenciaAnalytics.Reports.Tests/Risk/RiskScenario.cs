using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Tests.Support;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

/// <summary>
/// Two years on a real SQLite file. 2024 (cuts 03-31, 10-31), institution A: P1 in 5°, P2 in 6°, P3 in 7° leaves
/// (sede A01: 1 dropout of 3 = 33 %). 2025 (cuts 03-31, 06-30, 10-31): P1 promoted to 6°, P2 repeats 6°, P3 back in 7°;
/// at institution B (no 2024 data): N1 new in 3°, G1 in 4° missing at 06-30, T1 in 8° moves A → B after 03-31,
/// M1 Venezuelan in 2° born 2013 (extra-edad), D1 in 9° leaves after 03-31.
/// </summary>
internal static class RiskScenario
{
    public const string A = "154001000011";
    public const string B = "154001000022";

    public static TempSqliteDatabase Create()
    {
        var database = new TempSqliteDatabase();
        EnrollmentSeeder.Insert(database.Target, 2024,
        [
            new("2024-03-31", "P1", A, 5), new("2024-10-31", "P1", A, 5),
            new("2024-03-31", "P2", A, 6), new("2024-10-31", "P2", A, 6),
            new("2024-03-31", "P3", A, 7),
        ]);
        var all = new[] { "2025-03-31", "2025-06-30", "2025-10-31" };
        var rows = new List<EnrollmentFixtureRow>();
        foreach (var cut in all)
        {
            rows.Add(new(cut, "P1", A, 6));
            rows.Add(new(cut, "P2", A, 6));
            rows.Add(new(cut, "P3", A, 7));
            rows.Add(new(cut, "N1", B, 3));
            rows.Add(new(cut, "M1", B, 2) { CountryOrigin = "VENEZUELA", BirthDate = "2013-01-01" });
        }

        rows.Add(new("2025-03-31", "G1", B, 4));
        rows.Add(new("2025-10-31", "G1", B, 4));
        rows.Add(new("2025-03-31", "T1", A, 8));
        rows.Add(new("2025-06-30", "T1", B, 8));
        rows.Add(new("2025-10-31", "T1", B, 8));
        rows.Add(new("2025-03-31", "D1", B, 9));
        EnrollmentSeeder.Insert(database.Target, 2025, rows);
        OutcomeRecomputer.Recompute(database.Target, 2024);
        OutcomeRecomputer.Recompute(database.Target, 2025);
        return database;
    }
}
