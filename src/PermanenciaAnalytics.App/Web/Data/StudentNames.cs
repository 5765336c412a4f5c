using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>How a student's name is shown, the same on every page and download.</summary>
public static partial class StudentNames
{
    public const string Missing = "(sin nombre en el extracto)";

    /// <summary>
    /// The name as assembled by SQL from four parts (blank parts leave runs of spaces), with single spaces; null when the
    /// extract had no name part.
    /// </summary>
    public static string? Tidy(string? assembled) =>
        string.IsNullOrWhiteSpace(assembled) ? null : Spaces().Replace(assembled.Trim(), " ");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
