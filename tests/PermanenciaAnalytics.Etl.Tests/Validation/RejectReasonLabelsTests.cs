using System.Reflection;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Tests.Validation;

public sealed class RejectReasonLabelsTests
{
    public static TheoryData<string> Codes() => new(AllCodes());

    private static IEnumerable<string> AllCodes() =>
        typeof(RejectReasons).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Spanish_GivesEveryReasonCodeItsOwnLabel_WhenTheCodeIsKnown(string code)
    {
        // Act
        var label = RejectReasonLabels.Spanish(code);

        // Assert
        Assert.NotEqual(code, label);
        Assert.Equal(1, AllCodes().Count(other => RejectReasonLabels.Spanish(other) == label));
    }

    [Fact]
    public void Spanish_ShowsTheCodeItself_WhenTheCodeIsUnknown()
    {
        // Act
        var label = RejectReasonLabels.Spanish("razon_nueva");

        // Assert
        Assert.Equal("razon_nueva", label);
    }
}
