using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using PermanenciaAnalytics.App.Accounts;
using PermanenciaAnalytics.Core.Security;

namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// Compact bearer tokens for the JSON API: <c>base64url(payload JSON) "." base64url(HMAC-SHA256(payload))</c>.
/// The payload holds user name, role, institution and expiry (Unix seconds). The key comes from configuration
/// (<c>Permanencia:TokenKey</c>, base64, at least 32 bytes) or is random per process, so tokens die with the process.
/// </summary>
public sealed class BearerTokenService
{
    private readonly byte[] key;
    private readonly TimeProvider clock;

    public BearerTokenService(byte[] key, TimeSpan lifetime, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The token key must have at least 32 bytes.", nameof(key));
        }

        this.key = key;
        Lifetime = lifetime;
        this.clock = clock;
    }

    public TimeSpan Lifetime { get; }

    public string Issue(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var payload = new TokenPayload(user.Name, RoleNames.ToName(user.Role), user.InstitutionDane,
            (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds(), user.SessionStamp);
        var body = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload));
        return body + "." + Sign(body);
    }

    /// <summary>The token's identity, or null when it is malformed, tampered with or expired.</summary>
    public (string Name, UserRole Role, string? Institution, int Stamp)? Validate(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0)
        {
            return null;
        }

        var body = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(body));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token[(dot + 1)..])))
        {
            return null;
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<TokenPayload>(WebEncoders.Base64UrlDecode(body));
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }

        if (payload is null || payload.Exp <= clock.GetUtcNow().ToUnixTimeSeconds() || !RoleNames.TryParse(payload.Role, out var role))
        {
            return null;
        }

        return (payload.Sub, role, payload.Inst, payload.St);
    }

    public static byte[] KeyFrom(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return RandomNumberGenerator.GetBytes(32);
        }

        try
        {
            return Convert.FromBase64String(configured);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException("Permanencia:TokenKey must be base64 (at least 32 bytes).", ex);
        }
    }

    public string ExpiresInSeconds() => ((long)Lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private string Sign(string body) => WebEncoders.Base64UrlEncode(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body)));

    private sealed record TokenPayload(string Sub, string Role, string? Inst, long Exp, int St = 0);
}
