using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Motives;

/// <summary>
/// The normalised text of a retirement motive (rule 5b): trimmed, upper case, accents removed, inner spaces collapsed.
/// It is <see cref="TextKey"/>'s key, so an export that writes <c>OTRO_MUNICIPIO</c> matches the pattern too.
/// </summary>
public static class MotiveText
{
    public static string Normalize(string? value) => TextKey.Normalize(value);
}
