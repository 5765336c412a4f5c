using PermanenciaAnalytics.Reports.Publishing.Formatting;

namespace PermanenciaAnalytics.Reports.Publishing.Html;

/// <summary>
/// How the shared plan components (<see cref="PlanTargets"/>, <see cref="PlanFindings"/>) write a date and a missing
/// rate, so each reads like the page around it: the published page writes prose dates and "s. d." (<see cref="Published"/>),
/// the web pages numeric dates and "—". Everything else (rows, reserved cells, wording of the findings) is the component's.
/// </summary>
public sealed record PlanWording(string DateFormat, string MissingRate)
{
    public static readonly PlanWording Published = new("d 'de' MMMM", PublicationFormat.Rate(null));

    public string Rate(decimal? value) => value is { } rate ? PublicationFormat.Rate(rate) : MissingRate;

    public string Date(DateOnly date) => date.ToString(DateFormat, PublicationFormat.Culture);

    public static string Count(long value) => PublicationFormat.Count(value);
}
