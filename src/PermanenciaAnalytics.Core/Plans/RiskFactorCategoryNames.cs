using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Plans;

/// <summary>Spanish labels of <see cref="RiskFactorCategory"/> as written in plan files, and their parser.</summary>
public static class RiskFactorCategoryNames
{
    public static IReadOnlyList<string> Labels { get; } = ["individual", "familiar", "escolar", "contextual"];

    public static string Label(RiskFactorCategory category) => category switch
    {
        RiskFactorCategory.Individual => "individual",
        RiskFactorCategory.Familiar => "familiar",
        RiskFactorCategory.Escolar => "escolar",
        _ => "contextual",
    };

    /// <summary>Accepts the labels in any case/accents, and "escolar-institucional" / "institucional" for escolar.</summary>
    public static bool TryParse(string? text, out RiskFactorCategory category)
    {
        category = RiskFactorCategory.Individual;
        switch (TextKey.Normalize(text).Replace('-', ' ').Replace('/', ' '))
        {
            case "INDIVIDUAL":
                category = RiskFactorCategory.Individual;
                return true;
            case "FAMILIAR":
                category = RiskFactorCategory.Familiar;
                return true;
            case "ESCOLAR" or "INSTITUCIONAL" or "ESCOLAR INSTITUCIONAL":
                category = RiskFactorCategory.Escolar;
                return true;
            case "CONTEXTUAL":
                category = RiskFactorCategory.Contextual;
                return true;
            default:
                return false;
        }
    }
}
