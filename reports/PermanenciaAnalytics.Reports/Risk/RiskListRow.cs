using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.Reports.Risk;

/// <summary>One line of the risk list: a student, their score and band, and the factors that make the score up.</summary>
public sealed record RiskListRow(string InstitutionDane, string StudentKey, int Grade, int Score, RiskBand Band, IReadOnlyList<string> Factors);
