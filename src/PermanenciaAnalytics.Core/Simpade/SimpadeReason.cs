using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Core.Simpade;

/// <summary>
/// One SIMPADE dropout reason. <see cref="Code"/> is the key the loader stores in
/// <c>simpade_dropout_reason.reason_code</c>: <c>TextKey.Normalize</c> of the header suffix after
/// <c>SPD_RAZON_DESERC_</c> (e.g. "CAMBIO DE RESIDENCIA").
/// </summary>
public sealed record SimpadeReason(string Code, string Label, RiskFactorCategory Category);
