using PermanenciaAnalytics.Core.Motives;
using PermanenciaAnalytics.Reports.Motives;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.Reports.Tests.Motives;

public class RetirementMotiveStoreTests
{
    [Fact]
    public void Current_IsRule5bDefaultTable_WhenTheDatabaseIsNew()
    {
        // Arrange
        using var database = new TempSqliteDatabase();

        // Act
        var table = RetirementMotiveStore.Current(database.Target);

        // Assert: migration 0420 seeds exactly the lines of RetirementMotiveTable.Default, in its order.
        Assert.Equal(1, table.Version);
        Assert.Equal(RetirementMotiveTable.Default.Patterns, table.Patterns);
    }

    [Fact]
    public void Save_WritesTheNextVersionAndKeepsTheOldOne_WhenTheTableIsEdited()
    {
        // Arrange
        using var database = new TempSqliteDatabase();
        var edited = RetirementMotiveStore.Current(database.Target).With("RETIRO VOLUNTARIO", MotiveClass.Traslado);

        // Act
        var version = RetirementMotiveStore.Save(database.Target, edited, "cobertura1", "prueba");

        // Assert
        Assert.Equal(2, version);
        Assert.Equal(MotiveClass.Traslado, RetirementMotiveStore.Current(database.Target).Classify("RETIRO VOLUNTARIO"));
        Assert.Equal("sistema", RetirementMotiveStore.Describe(database.Target, 1)!.CreatedBy);
        Assert.Equal(("cobertura1", "prueba"), (RetirementMotiveStore.Describe(database.Target, 2)!.CreatedBy, RetirementMotiveStore.Describe(database.Target, 2)!.Note));
    }
}
