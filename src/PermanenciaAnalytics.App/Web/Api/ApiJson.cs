using System.Text.Json;

namespace PermanenciaAnalytics.App.Web.Api;

/// <summary>API JSON: snake_case names (<c>transfers_out</c>, <c>dropout_rate</c>), without touching the host's global options.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
