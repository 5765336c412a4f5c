namespace PermanenciaAnalytics.Synthetic;

/// <summary>A sede of a synthetic institution: 12-digit DANE code, 14-digit CONSECUTIVO, name and zone.</summary>
internal sealed record SyntheticSede(string Dane, string Consecutivo, string Name, string Zona);

/// <summary>A synthetic institution with its sedes, the jornadas and programmes it offers and its dropout propensity.</summary>
internal sealed record SyntheticInstitutionPlan(
    string Dane,
    string Name,
    IReadOnlyList<SyntheticSede> Sedes,
    IReadOnlyList<string> DayJornadas,
    bool OffersPreschool,
    bool OffersAdults,
    double SizeWeight,
    double RiskFactor);
