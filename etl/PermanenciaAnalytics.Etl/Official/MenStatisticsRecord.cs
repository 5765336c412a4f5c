namespace PermanenciaAnalytics.Etl.Official;

/// <summary>
/// One row of MEN's statistics file: a territory (a municipality's 5-digit DIVIPOLA code, or a department's 2 digits) in
/// one year, with its population aged 5–16 and its published dropout rates (percent) by <see cref="MenRateLevels"/> key;
/// a blank rate is null.
/// </summary>
/// <param name="Line">1-based line of the file where the row starts (the header is line 1).</param>
/// <param name="Year">School year (<c>AÑO</c>).</param>
/// <param name="Kind">Municipal or departmental file.</param>
/// <param name="TerritoryCode">DIVIPOLA code with its leading zeros.</param>
/// <param name="TerritoryName">The municipality's or department's name, as written.</param>
/// <param name="Population">POBLACIÓN_5_16, a count (its thousands separators removed), null when blank.</param>
/// <param name="DropoutRates">Published rate per level key, null when blank.</param>
public sealed record MenStatisticsRecord(
    long Line,
    int Year,
    MenTerritoryKind Kind,
    string TerritoryCode,
    string? TerritoryName,
    long? Population,
    IReadOnlyDictionary<string, decimal?> DropoutRates);
