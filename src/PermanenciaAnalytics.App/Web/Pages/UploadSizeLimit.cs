using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PermanenciaAnalytics.App.Web.Components.Pages;
using PermanenciaAnalytics.App.Web.Components;
using PermanenciaAnalytics.App.Web.Configuration;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// Lets an upload endpoint receive files up to <see cref="PermanenciaWebOptions.MaxUploadBytes"/>: Kestrel's own
/// default (30 MB) and the form reader's (128 MB) sat below the app's 200 MB setting, so a real 44 MB SIMAT cut ended in
/// a 500. The filter raises this request's Kestrel limit before the body is read, the form limit follows the same
/// setting (<see cref="AddUploadFormLimits"/>), and a body over the limit gets a Spanish 413 page, not an exception.
/// Other endpoints keep Kestrel's default.
/// </summary>
internal sealed class UploadSizeLimit : IEndpointFilter
{
    /// <summary>Room for the multipart boundaries, part headers and the antiforgery field around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var maxFile = http.RequestServices.GetRequiredService<IOptions<PermanenciaWebOptions>>().Value.MaxUploadBytes;
        var limit = maxFile + FormOverheadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (http.Request.ContentLength > limit)
        {
            return TooLarge(maxFile);
        }

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxFile); // a chunked body that ran past the limit
        }
        catch (InvalidDataException)
        {
            return TooLarge(maxFile); // the form reader's multipart length limit
        }
    }

    public static IServiceCollection AddUploadFormLimits(IServiceCollection services)
    {
        services.AddOptions<FormOptions>().Configure<IOptions<PermanenciaWebOptions>>((form, web) =>
        {
            form.MultipartBodyLengthLimit = web.Value.MaxUploadBytes + FormOverheadBytes;
        });
        return services;
    }

    private static IResult TooLarge(long maxFile)
    {
        var megabytes = (maxFile / (1024d * 1024d)).ToString("0.#", CultureInfo.GetCultureInfo("es-CO"));
        return View.Of<UploadTooLargeView>(new Dictionary<string, object?> { ["Megabytes"] = megabytes }, StatusCodes.Status413PayloadTooLarge);
    }
}

internal static class UploadSizeLimitExtensions
{
    public static RouteHandlerBuilder AllowUploadSize(this RouteHandlerBuilder builder) => builder.AddEndpointFilter(new UploadSizeLimit());
}
