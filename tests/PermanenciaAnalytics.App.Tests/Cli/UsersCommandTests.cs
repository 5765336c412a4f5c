using Dapper;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.App.Cli;
using PermanenciaAnalytics.App.Cli.Commands;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Cli;

public class UsersCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(TempSqliteDatabase database, string stdin, params string[] args)
    {
        var globals = new GlobalOptions();
        var root = new System.CommandLine.RootCommand { globals.Database };
        root.Subcommands.Add(UsersCommand.Create(globals, new StringReader(stdin)));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse([.. args, "--db", database.ConnectionString])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task UsersAdd_StoresHashNotPassword_WhenRectorHasInstitution()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        database.Target.Open().Execute("INSERT INTO institution (institution_dane, name) VALUES ('154001000011', 'IE SIMÓN BOLÍVAR')");

        // Act
        var (exit, output, error) = await RunAsync(database, "Clave-De-Rector-1\n",
            "users", "add", "--name", "rector.bolivar", "--role", "rector", "--institution", "154001000011", "--password-stdin");

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", error);
        Assert.DoesNotContain("Clave-De-Rector-1", output, StringComparison.Ordinal);
        using var connection = database.Target.Open();
        var hash = connection.ExecuteScalar<string>("SELECT password_hash FROM app_user WHERE user_name = 'rector.bolivar'");
        Assert.NotNull(hash);
        Assert.DoesNotContain("Clave-De-Rector-1", hash, StringComparison.Ordinal);
        var login = AccountService.For(database.Target, TimeProvider.System).Authenticate("rector.bolivar", "Clave-De-Rector-1", "127.0.0.1", "web");
        Assert.Equal(LoginOutcome.Success, login.Outcome);
        Assert.Equal("154001000011", login.User!.InstitutionDane);
        var audit = connection.QuerySingle<(string User, string Role, string Detail)>("SELECT user_name, role, detail FROM audit_log WHERE action = 'cuenta_creada'");
        Assert.StartsWith("cli:", audit.User, StringComparison.Ordinal);
        Assert.Equal(("operador", "cuenta rector.bolivar, rol rector"), (audit.Role, audit.Detail));
    }

    [Fact]
    public async Task UsersAdd_FailsWithUsageError_WhenRectorInstitutionIsNotLoaded()
    {
        // Arrange: no extract has loaded 154001000011.
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await RunAsync(database, "Clave-De-Rector-1\n",
            "users", "add", "--name", "rector.x", "--role", "rector", "--institution", "154001000011", "--password-stdin");

        // Assert
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("No hay ninguna institución con el código DANE '154001000011'", error, StringComparison.Ordinal);
        using var connection = database.Target.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM app_user"));
    }

    [Theory]
    [InlineData("rector", null, "--institution")]
    [InlineData("secretaria", "154001000011", "Solo el rol rector")]
    public async Task UsersAdd_FailsWithUsageError_WhenInstitutionDoesNotMatchRole(string role, string? institution, string expectedMessage)
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        string[] args = institution is null
            ? ["users", "add", "--name", "x", "--role", role, "--password-stdin"]
            : ["users", "add", "--name", "x", "--role", role, "--institution", institution, "--password-stdin"];

        // Act
        var (exit, _, error) = await RunAsync(database, "Clave-Valida-123\n", args);

        // Assert
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(expectedMessage, error, StringComparison.Ordinal);
        using var connection = database.Target.Open();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM app_user"));
    }

    [Fact]
    public async Task UsersAdd_FailsWithUsageError_WhenPasswordStdinIsMissing()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var (exit, _, error) = await RunAsync(database, "", "users", "add", "--name", "x", "--role", "admin");

        // Assert
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--password-stdin", error, StringComparison.Ordinal);
    }
}
