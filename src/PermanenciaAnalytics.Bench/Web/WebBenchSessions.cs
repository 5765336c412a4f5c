using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.Bench.Web;

/// <summary>
/// One signed-in HTTP client per role, as a browser would be (cookie from the login form, antiforgery field read from
/// the page) and one per role with the API's bearer token. Each client keeps up to 100 connections, so 50 concurrent
/// benchmark clients of one role are 50 concurrent requests on the server.
/// </summary>
internal sealed partial class WebBenchSessions : IDisposable
{
    private readonly Dictionary<(BenchRole, bool), HttpClient> clients = [];

    private WebBenchSessions()
    {
    }

    public static async Task<WebBenchSessions> SignInAsync(Uri baseAddress, IReadOnlyDictionary<BenchRole, string> users, string password, CancellationToken cancellationToken)
    {
        var sessions = new WebBenchSessions();
        try
        {
            sessions.clients[(BenchRole.Anonymous, false)] = NewClient(baseAddress, cookies: false);
            foreach (var (role, user) in users)
            {
                var cookie = NewClient(baseAddress, cookies: true);
                sessions.clients[(role, false)] = cookie;
                await LoginAsync(cookie, user, password, cancellationToken).ConfigureAwait(false);
                var bearer = NewClient(baseAddress, cookies: false);
                sessions.clients[(role, true)] = bearer;
                bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(bearer, user, password, cancellationToken).ConfigureAwait(false));
            }

            return sessions;
        }
        catch
        {
            sessions.Dispose();
            throw;
        }
    }

    public HttpClient For(WebBenchRoute route) => clients[(route.Role, route.Bearer)];

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    public static string TokenBody(string user, string password) => JsonSerializer.Serialize(new { user, password });

    private static HttpClient NewClient(Uri baseAddress, bool cookies) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = cookies,
        CookieContainer = new CookieContainer(),
        MaxConnectionsPerServer = 100,
    })
    {
        BaseAddress = baseAddress,
        // Each request has its own timeout (WebBenchMeasurement); this one only stops the sign-in from hanging.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    private static async Task LoginAsync(HttpClient client, string user, string password, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        var form = await client.GetStringAsync(new Uri("/login", UriKind.Relative), timeout.Token).ConfigureAwait(false);
        var token = AntiforgeryField().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("El formulario de ingreso no trae el campo antiforgery.");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["usuario"] = user, ["contrasena"] = password });
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), content, timeout.Token).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"No se pudo ingresar como {user}: HTTP {(int)response.StatusCode}.");
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string user, string password, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        using var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { user, password }, timeout.Token).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false));
        return json.RootElement.GetProperty("token").GetString() ?? throw new InvalidOperationException("Respuesta de token sin 'token'.");
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
