using System.Net;
using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// A form as a browser would post it: the page at <see cref="Source"/> is read once per measurement for its antiforgery
/// field and the first value of each of <see cref="FromPage"/> (e.g. the first case's student key); <see cref="Fixed"/>
/// fills the rest. The token is bound to the signed-in user and its cookie, so one read serves every client of the role.
/// </summary>
/// <param name="Source">The page that renders the form (GET).</param>
/// <param name="FromPage">Hidden fields whose first value on the page is posted back.</param>
/// <param name="Fixed">Fields the bench chooses (outcome, date, note).</param>
internal sealed partial record WebBenchForm(string Source, IReadOnlyList<string> FromPage, IReadOnlyDictionary<string, string> Fixed)
{
    private const string AntiforgeryField = "__af";

    /// <summary>The fields to post, or null when the page has no such form (e.g. an empty búsqueda-activa list).</summary>
    public async Task<IReadOnlyDictionary<string, string>?> ReadAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var page = await client.GetStringAsync(new Uri(Source, UriKind.Relative), limit.Token).ConfigureAwait(false);
        var fields = new Dictionary<string, string>(Fixed, StringComparer.Ordinal);
        foreach (var name in FromPage.Prepend(AntiforgeryField))
        {
            var match = Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            if (!match.Success)
            {
                return null;
            }

            fields[name] = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return fields;
    }
}
