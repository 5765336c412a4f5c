using PermanenciaAnalytics.Core.Motives;

namespace PermanenciaAnalytics.Core.Tests;

public class RetirementMotiveTableTests
{
    [Theory]
    [InlineData("TRASLADO A OTRA INSTITUCIÓN", MotiveClass.Traslado)]
    [InlineData("  traslado   a otro municipio ", MotiveClass.Traslado)]
    [InlineData("CAMBIO DE DOMICILIO", MotiveClass.Traslado)]
    [InlineData("Cambio de residencia", MotiveClass.Traslado)]
    [InlineData("SE FUE PARA OTRA CIUDAD", MotiveClass.Traslado)]
    [InlineData("OTRO DEPARTAMENTO", MotiveClass.Traslado)]
    [InlineData("PASÓ AL SECTOR PRIVADO", MotiveClass.Traslado)]
    [InlineData("COLEGIO PRIVADO", MotiveClass.Traslado)]
    [InlineData("FALLECIMIENTO", MotiveClass.Fallecimiento)]
    [InlineData("MUERTE DEL ESTUDIANTE", MotiveClass.Fallecimiento)]
    [InlineData("CAMBIO DE PAÍS", MotiveClass.Desercion)]
    [InlineData("TRASLADO AL EXTERIOR", MotiveClass.Desercion)]
    [InlineData("NO CONTINUÓ EN EL ESTABLECIMIENTO EDUCATIVO", MotiveClass.Desercion)]
    [InlineData("", MotiveClass.Desercion)]
    [InlineData("   ", MotiveClass.Desercion)]
    [InlineData(null, MotiveClass.Desercion)]
    public void Classify_GivesRule5bClass_ForEachKindOfMotive(string? motive, MotiveClass expected)
    {
        // Act
        var actual = RetirementMotiveTable.Default.Classify(motive);

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void With_ReplacesTheLineInPlaceAndBumpsTheVersion_WhenThePatternExists()
    {
        // Act
        var edited = RetirementMotiveTable.Default.With("cambio de país", MotiveClass.Traslado);

        // Assert: still first, so "CAMBIO DE PAÍS" is now a traslado; "EXTERIOR" stays a deserción.
        Assert.Equal(2, edited.Version);
        Assert.Equal(new MotivePattern("CAMBIO DE PAIS", MotiveClass.Traslado), edited.Patterns[0]);
        Assert.Equal(MotiveClass.Traslado, edited.Classify("CAMBIO DE PAÍS"));
        Assert.Equal(MotiveClass.Desercion, edited.Classify("TRASLADO AL EXTERIOR"));
        Assert.Equal(RetirementMotiveTable.Default.Patterns.Count, edited.Patterns.Count);
    }

    [Fact]
    public void With_InsertsAtThePosition_WhenThePatternIsNew()
    {
        // Act: "RETIRO VOLUNTARIO" before everything else.
        var edited = RetirementMotiveTable.Default.With("retiro voluntario", MotiveClass.Traslado, position: 1);

        // Assert
        Assert.Equal("RETIRO VOLUNTARIO", edited.Patterns[0].Pattern);
        Assert.Equal(MotiveClass.Traslado, edited.Classify("Retiro voluntario"));
    }

    [Fact]
    public void Without_ReturnsNull_WhenTheTableHasNoSuchLine()
    {
        // Act
        var missing = RetirementMotiveTable.Default.Without("NO EXISTE");
        var removed = RetirementMotiveTable.Default.Without("muerte");

        // Assert
        Assert.Null(missing);
        Assert.NotNull(removed);
        Assert.Equal(MotiveClass.Desercion, removed.Classify("MUERTE DEL ESTUDIANTE"));
    }
}
