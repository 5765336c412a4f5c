namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Decides whether a <c>returnUrl</c> may be redirected to after sign-in. Only a path on this site is accepted:
/// it starts with one '/', is not followed by '/' or '\', and holds only visible ASCII with no backslash anywhere.
/// Browsers drop tabs and newlines from a Location header and read '\' as '/', so "/\t/evil.com" or "/\evil.com"
/// would become "//evil.com", another site; rejecting every control character, space and backslash closes those
/// doors without having to know each browser's quirks. Non-ASCII is refused too: our own links are percent-encoded.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>Longer values are not ours (the login redirect carries a path and a short query).</summary>
    public const int MaxLength = 2048;

    public static bool IsLocal(string? url)
    {
        if (url is null || url.Length is 0 or > MaxLength || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        foreach (var c in url)
        {
            // 0x21..0x7E: printable ASCII without space; DEL and every control or Unicode space/format char are out.
            if (c < '!' || c > '~' || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The URL itself when it is local, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
