namespace PermanenciaAnalytics.App.Web.Components.Support;

/// <summary>
/// What <c>/cargas?guardado=NAME</c> says about a just-uploaded file whose load the ledger does not have yet: waiting
/// or importing (the page reloads itself every <see cref="RefreshSeconds"/> seconds until the ledger has it), refused
/// with the reason the job wrote, processed without a ledger row (a plan identical to a loaded one), or not in the inbox.
/// </summary>
public sealed record UploadNotice(string FileName, UploadNoticeState State, string? Reason)
{
    public const int WaitingRefreshSeconds = 3;

    public int? RefreshSeconds => State == UploadNoticeState.Waiting ? WaitingRefreshSeconds : null;

    public static UploadNotice For(string savedName, Data.InboxFile? file) => file?.State switch
    {
        "pendiente" => new UploadNotice(savedName, UploadNoticeState.Waiting, null),
        "rechazado" => new UploadNotice(savedName, UploadNoticeState.Refused, file.Reason),
        "procesado" => new UploadNotice(savedName, UploadNoticeState.Processed, null),
        _ => new UploadNotice(savedName, UploadNoticeState.Missing, null),
    };
}

/// <summary>Where a just-uploaded file stands in the inbox.</summary>
public enum UploadNoticeState
{
    Waiting,
    Refused,
    Processed,
    Missing,
}
