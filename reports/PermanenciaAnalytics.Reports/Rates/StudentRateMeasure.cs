namespace PermanenciaAnalytics.Reports.Rates;

public enum StudentRateMeasure
{
    ExtraEdad,
    Repitencia,
}
