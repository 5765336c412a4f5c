using PermanenciaAnalytics.App.Web.Data;

namespace PermanenciaAnalytics.App.Web.Pages;

/// <summary>
/// What <c>/cargas?guardado=NAME</c> says about a just-uploaded file whose load the ledger does not have yet: waiting
/// or importing (the page reloads itself every <see cref="RefreshSeconds"/> seconds until the ledger has it), refused
/// with the reason the job wrote, processed without a ledger row (a plan identical to a loaded one), or not in the inbox.
/// </summary>
internal sealed record UploadNotice(string Html, int? RefreshSeconds)
{
    public const int WaitingRefreshSeconds = 3;

    public static UploadNotice For(string savedName, InboxFile? file)
    {
        var name = "<strong>" + Pages.Html.E(savedName) + "</strong>";
        return file?.State switch
        {
            "pendiente" => new UploadNotice(
                $"<p class=\"ok\" role=\"status\">Archivo recibido como {name}: está en espera o en importación. Esta página se actualiza sola cada {WaitingRefreshSeconds} segundos y mostrará el resumen de la carga cuando termine.</p>\n",
                WaitingRefreshSeconds),
            "rechazado" => new UploadNotice(
                $"<p class=\"error\" role=\"alert\">El archivo {name} fue rechazado: {Pages.Html.E(file.Reason ?? "sin motivo registrado")}</p>\n", null),
            "procesado" => new UploadNotice(
                $"<p class=\"ok\" role=\"status\">El archivo {name} ya fue procesado sin registrar una carga nueva (por ejemplo, un plan idéntico a uno ya cargado).</p>\n", null),
            _ => new UploadNotice(
                $"<p class=\"error\" role=\"alert\">No se encontró el archivo {name} en la bandeja de entrada.</p>\n", null),
        };
    }
}
