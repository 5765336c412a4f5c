namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>
/// The page a signed-in user sees when <see cref="AccessPolicy"/> refuses a page route. Security owns the decision;
/// the pages own how a refusal looks, so the filter asks for this seam instead of referring to the pages.
/// </summary>
internal interface IForbiddenPage
{
    IResult Result(HttpContext context);
}
