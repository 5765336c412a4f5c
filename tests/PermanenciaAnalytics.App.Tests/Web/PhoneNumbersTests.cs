using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>How TEL values as schools type them become the numbers a caller dials.</summary>
public sealed class PhoneNumbersTests
{
    public static TheoryData<string?, string[]> Cases => new()
    {
        { null, [] },
        { "  ", [] },
        { "3001112233", ["3001112233"] },
        // Newest first, as the SQL joins them; a repeat is kept once.
        { "3157654321,3001112233,3157654321", ["3157654321", "3001112233"] },
        // Two numbers in one field: slash, semicolon, spaced dash, 'y'.
        { "3001112233/3157654321", ["3001112233", "3157654321"] },
        { "3001112233 ; 5771234", ["3001112233", "5771234"] },
        { "3001112233 - 577 1234", ["3001112233", "577 1234"] },
        { "3001112233 y 3157654321", ["3001112233", "3157654321"] },
        // A dash inside a number is part of it.
        { "577-1234", ["577-1234"] },
        // A value without digits is not a number.
        { "NO TIENE", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_GivesEachDistinctNumberInOrder_WhenValuesHoldOneOrSeveral(string? joined, string[] expected)
    {
        // Act
        var numbers = PhoneNumbers.Split(joined);

        // Assert
        Assert.Equal(expected, numbers);
    }
}
