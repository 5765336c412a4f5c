using System.Globalization;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Plans;

/// <summary>Spanish month names for plan files and reports ("enero" … "diciembre").</summary>
public static class SpanishMonths
{
    public static IReadOnlyList<string> Names { get; } =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Name(int month) => Names[month - 1];

    /// <summary>Short capitalised label for chart axes ("Feb").</summary>
    public static string Abbreviation(int month) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Names[month - 1][..3]);

    /// <summary>Accepts 1–12 ("03" too) or a Spanish name ("Marzo", "setiembre").</summary>
    public static bool TryParse(string? text, out int month)
    {
        month = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            month = number;
            return number is >= 1 and <= 12;
        }

        var key = TextKey.Normalize(text);
        if (key == "SETIEMBRE")
        {
            month = 9;
            return true;
        }

        for (var i = 0; i < Names.Count; i++)
        {
            if (key == TextKey.Normalize(Names[i]))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }
}
