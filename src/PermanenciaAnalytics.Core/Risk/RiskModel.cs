namespace PermanenciaAnalytics.Core.Risk;

/// <summary>
/// One version of the risk index's data: points per factor, band cut points, the sede threshold and the extra-edad
/// offset. The score is the sum of the points of the factors a student has, capped at 100.
/// </summary>
public sealed record RiskModel(
    int Version,
    IReadOnlyDictionary<string, int> Points,
    int BandMedio,
    int BandAlto,
    decimal SedeRateThreshold,
    int ExtraEdadYears)
{
    public const int MaxScore = 100;

    public int PointsOf(string code) => Points.TryGetValue(code, out var points) ? points : 0;

    /// <summary>Sum of the points of <paramref name="factors"/>, capped at <see cref="MaxScore"/>.</summary>
    public int Score(IEnumerable<string> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return Math.Min(MaxScore, factors.Sum(PointsOf));
    }

    public RiskBand BandOf(int score) => score >= BandAlto ? RiskBand.Alto : score >= BandMedio ? RiskBand.Medio : RiskBand.Bajo;

    /// <summary>Checks what the database constraints check, so an edit fails with a clear sentence before writing.</summary>
    public string? Problem()
    {
        if (BandMedio is < 0 or > MaxScore || BandAlto < BandMedio || BandAlto > MaxScore)
        {
            return $"Los puntos de corte deben cumplir 0 ≤ medio ({BandMedio}) ≤ alto ({BandAlto}) ≤ 100.";
        }

        if (Points.FirstOrDefault(p => p.Value is < 0 or > MaxScore) is { Key: not null } bad)
        {
            return $"Los puntos del factor '{bad.Key}' deben estar entre 0 y 100 (se dio {bad.Value}).";
        }

        if (Points.Keys.FirstOrDefault(code => !RiskFactorCatalog.IsKnown(code)) is { } unknown)
        {
            return $"Factor desconocido '{unknown}'; use uno de: {string.Join(", ", RiskFactorCatalog.All.Select(f => f.Code))}.";
        }

        return SedeRateThreshold is < 0 or > 100 ? "El umbral de deserción de la sede debe estar entre 0 y 100 %." : null;
    }
}
