using System.Net;
using System.Text.RegularExpressions;

namespace PermanenciaAnalytics.App.Tests.Web;

/// <summary>A cookie-keeping HTTP session that fills forms like a browser: it reads the antiforgery field from the page.</summary>
public sealed partial class BrowserlessSession(WebTestSite site) : IDisposable
{
    private readonly HttpClient client = site.Client(cookies: true);

    public HttpClient Client => client;

    public async Task<HttpResponseMessage> LoginAsync(string user, string password = SeedData.Password)
    {
        var token = await AntiforgeryAsync("/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["usuario"] = user,
            ["contrasena"] = password,
        }));
    }

    public async Task<string> AntiforgeryAsync(string path)
    {
        var html = await client.GetStringAsync(path);
        return AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery field on {path}.");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string actionPath, Dictionary<string, string> fields)
    {
        fields["__af"] = await AntiforgeryAsync(pagePath);
        return await client.PostAsync(actionPath, new FormUrlEncodedContent(fields));
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
