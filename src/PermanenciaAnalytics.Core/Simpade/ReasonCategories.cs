using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Simpade;

/// <summary>
/// Maps the 54 SIMPADE <c>SPD_RAZON_DESERC_*</c> reasons onto the four MEN categories (grouping of domain.md §6,
/// an inference from Bayona-Rodríguez et al. 2020). Keys are the reason codes as the loader stores them:
/// <see cref="TextKey.Normalize"/> of the suffix ("CAMBIO_DE_RESIDENCIA" → "CAMBIO DE RESIDENCIA").
/// The table itself is <see cref="SimpadeReasonCatalog"/>, shared with the plan matcher.
/// </summary>
public static class ReasonCategories
{
    // One catalogue of reasons (SimpadeReasonCatalog) serves both the plans and these distributions. "OTRAS" has no
    // natural family: distributions show it on its own, while plan coverage files it under contextual.
    private static readonly Dictionary<string, ReasonCategory> ByCode = SimpadeReasonCatalog.All
        .ToDictionary(r => r.Code, r => r.Code == "OTRAS" ? ReasonCategory.Otra : FromRiskFactor(r.Category), StringComparer.Ordinal);

    /// <summary>Every known reason code (normalised), 54 in all.</summary>
    public static IReadOnlyCollection<string> KnownCodes => ByCode.Keys;

    /// <summary>Category of a stored reason code; <see cref="ReasonCategory.Otra"/> for codes not in the catalogue.</summary>
    public static ReasonCategory CategoryOf(string reasonCode) =>
        ByCode.TryGetValue(TextKey.Normalize(reasonCode), out var category) ? category : ReasonCategory.Otra;

    /// <summary>
    /// Codes of one category as the loader stores them (normalised, words joined by <c>_</c>:
    /// "CAMBIO_DE_RESIDENCIA"), for SQL <c>IN @codes</c> filters against <c>simpade_dropout_reason.reason_code</c>.
    /// The catalogue's keys have spaces; handing those to SQL matched only the one-word reasons (TRABAJAR, OTRAS…),
    /// so the familiar and escolar categories came out empty.
    /// </summary>
    public static IReadOnlyList<string> CodesOf(ReasonCategory category) =>
        ByCode.Where(kv => kv.Value == category).Select(kv => StoredCode(kv.Key)).Order(StringComparer.Ordinal).ToList();

    /// <summary>A normalised reason key as stored: spaces become <c>_</c>.</summary>
    public static string StoredCode(string reasonKey) => TextKey.Normalize(reasonKey).Replace(' ', '_');

    public static string Key(ReasonCategory category) => category switch
    {
        ReasonCategory.Individual => "individual",
        ReasonCategory.Familiar => "familiar",
        ReasonCategory.Escolar => "escolar",
        ReasonCategory.Contextual => "contextual",
        _ => "otra",
    };

    public static string Display(ReasonCategory category) => category switch
    {
        ReasonCategory.Individual => "Individual",
        ReasonCategory.Familiar => "Familiar",
        ReasonCategory.Escolar => "Escolar / institucional",
        ReasonCategory.Contextual => "Contextual",
        _ => "Otra",
    };

    private static ReasonCategory FromRiskFactor(RiskFactorCategory category) => category switch
    {
        RiskFactorCategory.Individual => ReasonCategory.Individual,
        RiskFactorCategory.Familiar => ReasonCategory.Familiar,
        RiskFactorCategory.Escolar => ReasonCategory.Escolar,
        _ => ReasonCategory.Contextual,
    };
}
