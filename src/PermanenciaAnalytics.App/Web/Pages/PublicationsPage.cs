using System.Text.RegularExpressions;
using System.Text;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Audit;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Configuration;
using PermanenciaAnalytics.App.Web.Security;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Publications browser: the versions written by <c>publish</c> (and the monthly job) under the publish folder.
/// Municipal files (<c>{version}/{file}</c>) are for the secretariat and cobertura; an institution's folder
/// (<c>{version}/{dane}/{file}</c>) also for that institution's rector — the same policy as every other page.
/// Route values are matched against strict patterns, so no request can reach outside the publish folder.
/// </summary>
internal static partial class PublicationsPage
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".csv"] = "text/csv; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/publicaciones", List).RequirePage(Capability.SignedIn);
        app.MapGet("/publicaciones/{version}/{file}", (HttpContext context, string version, string file, IOptions<PermanenciaWebOptions> options, AuditLog audit) =>
            Serve(context, audit, options.Value.PublishFolder, version, null, file)).RequirePage(Capability.MunicipalView);
        app.MapGet("/publicaciones/{version}/{dane}/{file}", (HttpContext context, string version, string dane, string file, IOptions<PermanenciaWebOptions> options,
            AuditLog audit) => Serve(context, audit, options.Value.PublishFolder, version, dane, file)).RequirePage(Capability.InstitutionView);
    }

    private static IResult List(HttpContext context, IOptions<PermanenciaWebOptions> options)
    {
        var root = options.Value.PublishFolder;
        var versions = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>()
                .Where(v => VersionPattern().IsMatch(v)).OrderDescending(StringComparer.Ordinal).ToList()
            : [];
        var user = context.User;
        var municipal = AccessPolicy.Allows(user, Capability.MunicipalView);
        var own = PermanenciaClaims.RoleOf(user) == UserRole.Rector ? PermanenciaClaims.InstitutionOf(user) : null;
        var links = new List<PublicationLink>();
        foreach (var version in versions)
        {
            if (municipal)
            {
                links.Add(new PublicationLink($"/publicaciones/{Uri.EscapeDataString(version)}/index.html", $"Informe municipal {version}"));
            }
            else if (own is not null && File.Exists(Path.Combine(root, version, own, "index.html")))
            {
                links.Add(new PublicationLink($"/publicaciones/{Uri.EscapeDataString(version)}/{Uri.EscapeDataString(own)}/index.html",
                    $"Informe de mi institución {version}"));
            }
        }

        return View.Of<PublicationsView>(new { Links = links });
    }

    /// <summary>
    /// Serves one published file and audits the download (<c>descarga_publicacion</c>). A published page keeps its
    /// inline stylesheet, so its CSP allows exactly that stylesheet by hash, and no script.
    /// </summary>
    private static IResult Serve(HttpContext context, AuditLog audit, string root, string version, string? dane, string file)
    {
        if (!VersionPattern().IsMatch(version) || (dane is not null && !DanePattern().IsMatch(dane)) || !FilePattern().IsMatch(file)
            || !ContentTypes.TryGetValue(Path.GetExtension(file), out var contentType))
        {
            return Results.NotFound();
        }

        var path = dane is null ? Path.Combine(root, version, file) : Path.Combine(root, version, dane, file);
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            var hashes = StyleBlock().Matches(File.ReadAllText(path))
                .Select(m => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))));
            context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PublicationPolicy(hashes);
        }

        WebAudit.Write(context, audit, "descarga_publicacion", dane, null, dane is null ? $"{version}/{file}" : $"{version}/{dane}/{file}");
        return Results.File(Path.GetFullPath(path), contentType);
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex DanePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+\.[a-z]+$")]
    private static partial Regex FilePattern();
}
