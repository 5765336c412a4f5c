using System.Globalization;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// What a rector narrows búsqueda activa to (<c>?grado=</c>, <c>?estado=pendiente|con-resultado</c>), applied on the
/// server to the page and to its download alike. An unknown value filters nothing rather than hiding every case.
/// </summary>
public sealed record OutreachFilter(int? Grade, string? State)
{
    public const string Pending = "pendiente";
    public const string WithOutcome = "con-resultado";

    public static OutreachFilter Parse(string? grade, string? state) => new(
        int.TryParse(grade, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var g) ? g : null,
        state is Pending or WithOutcome ? state : null);

    public bool IsEmpty => Grade is null && State is null;

    public IReadOnlyList<WithdrawnStudent> Apply(IReadOnlyList<WithdrawnStudent> students) =>
        IsEmpty
            ? students
            : [.. students.Where(s => (Grade is null || s.Grade == Grade)
                && (State is null || (State == Pending) == (s.Outcome is null)))];

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
            yield return "estado" + between + s;
        }
    }
}
