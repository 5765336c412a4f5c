using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>One demo account and its password (demo only: printed so a first-time user can sign in).</summary>
internal sealed record DemoAccount(string Name, UserRole Role, string? InstitutionDane, string Password, bool Created);

/// <summary>
/// The demo's accounts, one per role: secretaría, cobertura, the rector of the first synthetic institution and an
/// administrator (Hangfire panel, audit). The passwords are fixed and public, so they belong to demo databases only;
/// an account that already exists (a second run over the same folder) is kept as it is.
/// </summary>
internal static class DemoAccounts
{
    public const string Secretaria = "demo-secretaria";
    public const string Cobertura = "demo-cobertura";
    public const string Rector = "demo-rector";
    public const string Admin = "demo-admin";

    public static IReadOnlyList<DemoAccount> Create(DatabaseTarget database, string rectorInstitution)
    {
        var accounts = AccountService.For(database, TimeProvider.System);
        var store = new UserStore(database);
        var actor = new AccountActor("demo", "operador");
        (string Name, UserRole Role, string? Dane, string Password)[] wanted =
        [
            (Secretaria, UserRole.Secretaria, null, "demo-secretaria-2025"),
            (Cobertura, UserRole.Cobertura, null, "demo-cobertura-2025"),
            (Rector, UserRole.Rector, rectorInstitution, "demo-rector-2025"),
            (Admin, UserRole.Admin, null, "demo-admin-2025"),
        ];
        var result = new List<DemoAccount>(wanted.Length);
        foreach (var (name, role, dane, password) in wanted)
        {
            var created = !store.Exists(name);
            if (created)
            {
                accounts.AddUser(name, role, dane, password, actor);
            }

            result.Add(new DemoAccount(name, role, store.FindByName(name)?.InstitutionDane ?? dane, password, created));
        }

        return result;
    }
}
