namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>What a file holds. <see cref="Auto"/> asks the loader to detect it from the header.</summary>
public enum ExtractKind
{
    Auto,
    Simat,
    Simpade,
    Plan,
    Unknown,
}
