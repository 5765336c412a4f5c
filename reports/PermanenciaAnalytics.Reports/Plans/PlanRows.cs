using System.Globalization;
using PermanenciaAnalytics.Core.Plans;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Dapper row shapes of the plan tables. Dates and the target rate arrive as text from SQLite and as DATE/DECIMAL
/// from SQL Server, so they are typed <see cref="object"/> and converted here.
/// </summary>
internal static class PlanRows
{
    public static DateOnly ToDate(object value) => value switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateOnly date => date,
        _ => DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static RiskFactorCategory ToCategory(string label) =>
        RiskFactorCategoryNames.TryParse(label, out var category) ? category : throw new InvalidDataException($"Unknown risk factor category '{label}' in plan tables.");

    public static PlanScope ToScope(string key) =>
        PlanScope.TryParse(key, out var scope) ? scope : throw new InvalidDataException($"Unknown plan scope '{key}' in plan tables.");

    internal sealed class Header
    {
        public long PlanId { get; set; }

        public string InstitutionDane { get; set; } = string.Empty;

        public int Year { get; set; }

        public string? InstitutionName { get; set; }

        public object SubmittedOn { get; set; } = string.Empty;

        public object? DeclaredOn { get; set; }
    }

    internal sealed class Receipt
    {
        public long PlanId { get; set; }

        public object SubmittedOn { get; set; } = string.Empty;
    }

    internal sealed class Factor
    {
        public long PlanId { get; set; }

        public int LineNumber { get; set; }

        public string Category { get; set; } = string.Empty;

        public string Description { get; set; } = string.Empty;
    }

    internal sealed class Reason
    {
        public long PlanId { get; set; }

        public int LineNumber { get; set; }

        public string ReasonCode { get; set; } = string.Empty;
    }

    internal sealed class Scope
    {
        public long PlanId { get; set; }

        public int LineNumber { get; set; }

        public string ScopeKey { get; set; } = string.Empty;
    }

    internal sealed class Strategy
    {
        public long PlanId { get; set; }

        public int LineNumber { get; set; }

        public string Name { get; set; } = string.Empty;

        public string StrategyType { get; set; } = string.Empty;

        public string TargetPopulation { get; set; } = string.Empty;

        public string Responsible { get; set; } = string.Empty;

        public object StartDate { get; set; } = string.Empty;

        public object EndDate { get; set; } = string.Empty;

        public PlanStrategy ToStrategy(IEnumerable<string> scopeKeys) => new(
            Name,
            Enum.Parse<StrategyType>(StrategyType),
            scopeKeys.Select(ToScope).ToList(),
            TargetPopulation,
            Responsible,
            ToDate(StartDate),
            ToDate(EndDate));
    }

    internal sealed class Target
    {
        public long PlanId { get; set; }

        public string ScopeKey { get; set; } = string.Empty;

        public object MaxDropoutRate { get; set; } = 0m;

        public PlanTarget ToTarget() => new(ToScope(ScopeKey), Convert.ToDecimal(MaxDropoutRate, CultureInfo.InvariantCulture));
    }

    internal sealed class FollowUp
    {
        public long PlanId { get; set; }

        public int Month { get; set; }

        public int StudentsAtRisk { get; set; }

        public int Contacted { get; set; }

        public int ReEnrolled { get; set; }

        public string StrategiesCarriedOut { get; set; } = string.Empty;

        public string? Notes { get; set; }

        public PlanFollowUp ToFollowUp() => new(
            Month,
            StudentsAtRisk,
            Contacted,
            ReEnrolled,
            StrategiesCarriedOut.Split('|', StringSplitOptions.RemoveEmptyEntries),
            Notes);
    }
}
