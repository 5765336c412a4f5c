using PermanenciaAnalytics.App.Cli;

namespace PermanenciaAnalytics.App.Tests.Cli;

public sealed class InitCommandTests
{
    [Fact]
    public async Task Init_SaysOneSpanishSentenceAndExits1_WhenTheSqlServerCannotBeReached()
    {
        // Arrange: port 1 on loopback: nothing listens, the connection is refused at once.
        using var output = new StringWriter();
        using var error = new StringWriter();
        const string unreachable = "Server=127.0.0.1,1;Database=permanencia;User Id=sa;Password=x;TrustServerCertificate=true;Connect Timeout=3";

        // Act
        var exit = await CliApp.RunAsync(["init", "--db", unreachable], output, error);

        // Assert
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Single(lines);
        Assert.StartsWith("No se pudo usar la base de datos SQL Server indicada en --db", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Password=x", error.ToString(), StringComparison.Ordinal);
    }
}
