namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>Lists offered as data validation in the XLSX template.</summary>
public enum PlanValueList
{
    None,
    Category,
    StrategyType,
    Month,
}

/// <summary>A column of a plan part: its Spanish header, whether it must be filled, and the value list it draws from.</summary>
public sealed record PlanColumn(string Header, bool Required, PlanValueList List = PlanValueList.None, string? Hint = null);
