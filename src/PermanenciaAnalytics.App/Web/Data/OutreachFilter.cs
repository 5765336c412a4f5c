using System.Globalization;
using PermanenciaAnalytics.Core.Risk;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// What a rector narrows búsqueda activa to (<c>?grado=</c>, <c>?estado=abierto|en-seguimiento|cerrado</c>,
/// <c>?llamar=vencidas</c>: the next call is today or earlier, <c>?origen=retirado|riesgo</c>, <c>?banda=alto|medio|bajo</c>:
/// the band a posible desertor's case was opened with, so it keeps only risk cases), applied on the server to the page and to its download
/// alike. An unknown value filters nothing rather than hiding every case.
/// </summary>
/// <param name="Grade">The grade, if any.</param>
/// <param name="State">The state's stored code (<see cref="OutreachCaseStates"/>), if any.</param>
/// <param name="CallsDue">Only the cases whose next call is due.</param>
/// <param name="Origin">Only the cases of this origin (<see cref="OutreachCaseOrigins"/>), if any.</param>
/// <param name="Band">Only the risk cases opened in this band (<c>alto</c>, <c>medio</c>, <c>bajo</c>), if any.</param>
public sealed record OutreachFilter(int? Grade, string? State, bool CallsDue = false, string? Origin = null, string? Band = null)
{
    public const string Due = "vencidas";

    /// <summary>Reads the filter from the query string.</summary>
    /// <param name="grade">The <c>grado</c> value.</param>
    /// <param name="state">The <c>estado</c> value.</param>
    /// <param name="call">The <c>llamar</c> value.</param>
    /// <param name="origin">The <c>origen</c> value.</param>
    /// <param name="band">The <c>banda</c> value.</param>
    public static OutreachFilter Parse(string? grade, string? state, string? call = null, string? origin = null, string? band = null) => new(
        int.TryParse(grade, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var g) ? g : null,
        OutreachCaseStates.FromUrl(state),
        call == Due,
        origin is OutreachCaseOrigins.Withdrawn or OutreachCaseOrigins.AtRisk ? origin : null,
        RiskBandNames.HighestFirst.Select(RiskBandNames.Code).Contains(band) ? band : null);

    public bool IsEmpty => Grade is null && State is null && !CallsDue && Origin is null && Band is null;

    /// <summary>The cases the filter keeps.</summary>
    /// <param name="students">The institution's cases.</param>
    /// <param name="today">Today in Bogotá, for the calls due.</param>
    public IReadOnlyList<WithdrawnStudent> Apply(IReadOnlyList<WithdrawnStudent> students, DateOnly today) =>
        IsEmpty
            ? students
            : [.. students.Where(s => (Grade is null || s.Grade == Grade)
                && (State is null || s.CaseState == State)
                && (!CallsDue || (s.CaseState != OutreachCaseStates.Closed && s.NextCallOn is { } next && next <= today))
                && (Origin is null || s.Origin == Origin)
                && (Band is null || s.RiskBand == Band))];

    /// <summary>The filter as a query string (without <c>anio</c>), for links and downloads.</summary>
    public string Query => string.Join("&", Parts("="));

    /// <summary>For the audit line: counts and filter values only, never a student.</summary>
    public string Describe() => string.Join(", ", Parts(" "));

    private IEnumerable<string> Parts(string between)
    {
        if (Grade is { } g)
        {
            yield return "grado" + between + g.ToString(CultureInfo.InvariantCulture);
        }

        if (State is { } s)
        {
            yield return "estado" + between + OutreachCaseStates.ToUrl(s);
        }

        if (CallsDue)
        {
            yield return "llamar" + between + Due;
        }

        if (Origin is { } o)
        {
            yield return "origen" + between + o;
        }

        if (Band is { } b)
        {
            yield return "banda" + between + b;
        }
    }
}
