using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PermanenciaAnalytics.App.Web.Security;

namespace PermanenciaAnalytics.App.Web.Api;

/// <summary>
/// The JSON API's OpenAPI description (<c>/openapi/v1.json</c>), generated from the endpoints by
/// Microsoft.AspNetCore.OpenApi: only the <c>/api/</c> routes, with the snake_case names the API writes. It is served
/// through the same access filter as the pages (signed-in users, cookie or bearer token), not by <c>MapOpenApi</c>,
/// whose endpoint cannot carry that filter.
/// </summary>
internal static class OpenApiDescription
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddPermanenciaOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            // The generator names properties after the host's JSON options (camelCase, which /health keeps); the API
            // writes with ApiJson.Options, so the schemas are renamed to its snake_case.
            options.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Properties is { Count: > 0 } properties)
                {
                    var renamed = properties.Select(p => (Name: SnakeCase(p.Key), p.Value)).ToList();
                    properties.Clear();
                    foreach (var (name, value) in renamed)
                    {
                        properties[name] = value;
                    }
                }

                if (schema.Required is { Count: > 0 } required)
                {
                    var names = required.Select(SnakeCase).ToList();
                    required.Clear();
                    foreach (var name in names)
                    {
                        required.Add(name);
                    }
                }

                return Task.CompletedTask;
            });
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Permanencia Escolar · API",
                    Version = DocumentName,
                    Description = "Indicadores de deserción por institución y grado, y la lista de búsqueda activa. Pida un token con "
                        + "POST /api/auth/token y envíelo como «Authorization: Bearer …». Las celdas pequeñas llegan reservadas "
                        + "(conteos nulos y \"suppressed\": true) para todos salvo cobertura.",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static string SnakeCase(string name) => ApiJson.Options.PropertyNamingPolicy!.ConvertName(name);

    public static void Map(WebApplication app) =>
        app.MapGet($"/openapi/{DocumentName}.json", async ([FromKeyedServices(DocumentName)] IOpenApiDocumentProvider provider, CancellationToken cancellationToken) =>
            {
                var document = await provider.GetOpenApiDocumentAsync(cancellationToken).ConfigureAwait(false);
                return Results.Text(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken).ConfigureAwait(false), "application/json; charset=utf-8");
            })
            .ExcludeFromDescription()
            .RequirePage(Capability.SignedIn);
}
