namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Outcome of offering one file. Machine names: loaded, skipped_duplicate, refused.</summary>
public enum LoadStatus
{
    Loaded,
    SkippedDuplicate,
    Refused,
}

public static class LoadStatusNames
{
    public static string Of(LoadStatus status) => status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.SkippedDuplicate => "skipped_duplicate",
        _ => "refused",
    };
}
