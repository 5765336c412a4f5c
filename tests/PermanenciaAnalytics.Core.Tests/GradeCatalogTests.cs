using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.Core.Tests;

public class GradeCatalogTests
{
    [Theory]
    [InlineData("00", 0)]
    [InlineData("06", 6)]
    [InlineData("25", 25)]
    [InlineData("-1", -1)]
    [InlineData("0.0", 0)]
    [InlineData(" 11 ", 11)]
    [InlineData("OCTAVO", 8)]
    [InlineData("Séptimo", 7)]
    [InlineData("DÉCIMO", 10)]
    [InlineData("CICLO 3 ADULTOS", 23)]
    [InlineData("ACELERACIÓN DEL APRENDIZAJE", 99)]
    [InlineData("TRANSICIÓN", 0)]
    public void TryParse_ReturnsCode_ForCodesAndSimpadeNames(string raw, int expected)
    {
        Assert.True(GradeCatalog.TryParse(raw, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("7A")]
    [InlineData("DOCEAVO")]
    public void TryParse_ReturnsFalse_ForUnknownGrades(string raw)
    {
        Assert.False(GradeCatalog.TryParse(raw, out _));
    }

    [Theory]
    [InlineData(-2, false)]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(11, true)]
    [InlineData(12, false)]
    [InlineData(21, false)]
    [InlineData(41, false)]
    [InlineData(99, true)]
    public void IsInDropoutUniverse_FollowsRule1(int grade, bool expected)
    {
        Assert.Equal(expected, GradeCatalog.IsInDropoutUniverse(grade));
    }

    [Theory]
    [InlineData(0, EducationLevel.Transicion)]
    [InlineData(5, EducationLevel.Primaria)]
    [InlineData(6, EducationLevel.Secundaria)]
    [InlineData(9, EducationLevel.Secundaria)]
    [InlineData(10, EducationLevel.Media)]
    [InlineData(99, EducationLevel.Aceleracion)]
    [InlineData(23, EducationLevel.Adultos)]
    public void LevelOf_MapsGradeToLevel(int grade, EducationLevel expected)
    {
        Assert.Equal(expected, GradeCatalog.LevelOf(grade));
    }
}
