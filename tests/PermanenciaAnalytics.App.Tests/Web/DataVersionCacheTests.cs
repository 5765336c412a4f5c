using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Reports.Outcomes;
using PermanenciaAnalytics.Reports.Plans;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Web;

public sealed class DataVersionCacheTests
{
    [Fact]
    public void GetOrAdd_ComputesOncePerVersion_AndAgainWhenTheVersionMovesOn()
    {
        // Arrange
        var cache = new DataVersionCache();
        var calls = 0;
        string Compute() => $"valor {++calls}";

        // Act
        var first = cache.GetOrAdd(1, "clave", Compute);
        var again = cache.GetOrAdd(1, "clave", Compute);
        var next = cache.GetOrAdd(2, "clave", Compute);
        var stale = cache.GetOrAdd(1, "clave", Compute);
        var current = cache.GetOrAdd(2, "clave", Compute);

        // Assert: a request that read an older version is answered fresh and does not replace the newer entry.
        Assert.Equal(("valor 1", "valor 1", "valor 2", "valor 3", "valor 2"), (first, again, next, stale, current));
    }

    [Fact]
    public void GetOrAddStamped_KeepsOneValuePerKey_AndComputesAgainWhenTheStampMoves()
    {
        // Arrange
        var cache = new DataVersionCache();
        var calls = 0;
        string Compute() => $"valor {++calls}";

        // Act
        var first = cache.GetOrAddStamped(1, "lista", new CaseStamp(3, 10), Compute);
        var again = cache.GetOrAddStamped(1, "lista", new CaseStamp(3, 10), Compute);
        var contact = cache.GetOrAddStamped(1, "lista", new CaseStamp(3, 11), Compute);
        var back = cache.GetOrAddStamped(1, "lista", new CaseStamp(3, 10), Compute);
        var load = cache.GetOrAddStamped(2, "lista", new CaseStamp(3, 10), Compute);

        // Assert: an equal stamp is a hit; a new stamp replaces the value (the older stamp's value is not kept, so
        // asking for it again computes it again); a new data version starts over.
        Assert.Equal(("valor 1", "valor 1", "valor 2", "valor 3", "valor 4"), (first, again, contact, back, load));
    }

    [Fact]
    public void GetOrAddStamped_ComputesOnce_WhenManyRequestsAskAtOnce()
    {
        // Arrange
        var cache = new DataVersionCache();
        var calls = 0;

        // Act
        Parallel.For(0, 64, _ => cache.GetOrAddStamped(7, "casos", new CaseStamp(1, 1), () =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(20);
            return new object();
        }));

        // Assert
        Assert.Equal(1, calls);
    }

    [Fact]
    public void GetOrAdd_ComputesOnce_WhenManyRequestsAskAtOnce()
    {
        // Arrange
        var cache = new DataVersionCache();
        var calls = 0;

        // Act
        Parallel.For(0, 64, _ => cache.GetOrAdd(7, ("agregado", 2025), () =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(20);
            return new object();
        }));

        // Assert
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Version_MovesOn_WhenARecomputeALoadAPlanOrAFollowUpIsWritten()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        SeedData.Seed(database.Target);
        long Read() => new DataVersion(database.Target).Current;
        var plan = new InstitutionPlan { InstitutionDane = SeedData.OwnDane, Year = SeedData.Year, InstitutionName = "IE SIMÓN BOLÍVAR", SubmittedOn = new DateOnly(2025, 8, 1) };

        // Act
        var seeded = Read();
        OutcomeRecomputer.Recompute(database.Target, SeedData.Year);
        var recomputed = Read();
        using (var connection = database.Target.Open())
        {
            connection.Execute("UPDATE load_ledger SET status = 'loaded' WHERE load_id = 4");
        }

        var loaded = Read();
        PlanRepository.Replace(database.Target, plan, "plan.xlsx", "b1", new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc));
        var planned = Read();
        PlanRepository.RecordFollowUp(database.Target, SeedData.OwnDane, SeedData.Year, new PlanFollowUp(9, 5, 3, 1, [], null));
        var followed = Read();

        // Assert
        Assert.True(seeded < recomputed && recomputed < loaded && loaded < planned && planned < followed,
            $"{seeded} < {recomputed} < {loaded} < {planned} < {followed}");
    }

    [Fact]
    public async Task IndicatorsApi_ShowsTheNewOutcomes_AfterARecompute()
    {
        // Arrange: B has S4, S6, S7; S6 is absent at the final cut 2025-11-01 (1 dropout). Recomputed until 2025-06-01,
        // the final cut is 06-01, where all three are enrolled: 0 dropouts (see SeedData).
        await using var site = await WebTestSite.StartAsync();
        var token = await site.TokenAsync("cobertura1");
        using var client = site.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        async Task<long> Dropouts()
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/institutions/{SeedData.OtherDane}/indicators?year=2025"));
            return json.RootElement.GetProperty("dropouts").GetInt64();
        }

        // Act
        var before = await Dropouts();
        var cached = await Dropouts();
        OutcomeRecomputer.Recompute(site.Database.Target, SeedData.Year, new DateOnly(2025, 6, 1));
        var untilJune = await Dropouts();
        OutcomeRecomputer.Recompute(site.Database.Target, SeedData.Year);
        var fullYear = await Dropouts();

        // Assert
        Assert.Equal((1L, 1L, 0L, 1L), (before, cached, untilJune, fullYear));
    }
}
