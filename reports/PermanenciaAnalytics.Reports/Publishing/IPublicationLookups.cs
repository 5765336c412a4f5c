using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>
/// What <see cref="PublicationInputBuilder"/> reads besides indicators: the year's plans, its SIMPADE reasons per
/// institution and the date its data stand at. The publisher reads them from the database each time
/// (<see cref="DatabasePublicationLookups"/>); the web passes copies cached until the data change.
/// </summary>
public interface IPublicationLookups
{
    /// <summary>Every plan of the year, by institution DANE code.</summary>
    IReadOnlyDictionary<string, InstitutionPlan> Plans(int year);

    /// <summary>Distinct SIMPADE dropouts per reason code, by institution DANE code.</summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ObservedReasons(int year);

    /// <summary>The date the year's numbers stand at (<see cref="Outcomes.DataAsOf.LastCut"/>).</summary>
    DateOnly? LastCut(int year);

    /// <summary>The year's school calendar (calendar A when none is set).</summary>
    Core.Calendar.SchoolCalendar Calendar(int year);
}
