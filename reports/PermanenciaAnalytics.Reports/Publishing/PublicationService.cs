using PermanenciaAnalytics.Core.Indicators;
using PermanenciaAnalytics.Core.Plans;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Reports.Indicators;
using PermanenciaAnalytics.Reports.Indicators.Suppression;
using PermanenciaAnalytics.Reports.Matching;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>What to publish: a year, optionally a month (else the month the data stand at), and the root folder.</summary>
public sealed record PublicationRequest(int Year, int? Month, string OutputRoot)
{
    /// <summary>Groups with fewer enrolled students are withheld, with complementary suppression.</summary>
    public int SmallCellThreshold { get; init; } = SmallCellSuppressor.DefaultMinCell;

    /// <summary>The plans' deadline; null keeps each plan year's default (14 August).</summary>
    public DateOnly? Deadline { get; init; }
}

/// <summary>
/// The result of one publication: <see cref="Published"/> with the version folder, or a refusal (the month asked for is
/// not the month the computed results stand at) that wrote nothing. <see cref="Message"/> is one Spanish sentence.
/// </summary>
public sealed record PublicationOutcome(bool Published, string? Folder, string Message);

/// <summary>
/// Publishing as a service: the <c>publish</c> command and the monthly job both call this, so a job never re-enters
/// the command line. Expects a migrated schema (the caller's edge migrates).
/// </summary>
public static class PublicationService
{
    /// <param name="target">The reporting database.</param>
    /// <param name="request">Year, month and folder.</param>
    /// <param name="indicators">Where indicators come from; null reads the indicators engine.</param>
    public static PublicationOutcome Publish(DatabaseTarget target, PublicationRequest request, IIndicatorReader? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Month is { } asked && PublicationMonth.Refusal(target, request.Year, asked) is { } refusal)
        {
            return new PublicationOutcome(false, null, refusal);
        }

        var options = request.Deadline is { } fixedDate ? MatchingOptions.Default with { Deadline = _ => fixedDate } : MatchingOptions.Default;
        // Read already suppressed (jointly over every table), so the matching and month path see only published counts.
        var source = JointIndicatorSuppression.Over(indicators ?? new IndicatorEngine(target), request.SmallCellThreshold);
        var input = new PublicationInputBuilder(target, source, options).Build(request.Year, request.Month)
            with { SmallCellThreshold = request.SmallCellThreshold, RowsSuppressed = true };
        var folder = Publisher.Publish(input, request.OutputRoot);
        var missing = input.Institutions.Count(i => i.Match.Submission == PlanSubmissionStatus.Missing);
        return new PublicationOutcome(true, folder,
            $"Publicación escrita en {folder}: {input.Institutions.Count} instituciones ({missing} sin plan). Abra {Path.Combine(folder, "index.html")}.");
    }
}
