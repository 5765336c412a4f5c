namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// One part of the plan template: a CSV file (<see cref="FileName"/>) or an XLSX sheet (<see cref="SheetName"/>),
/// with Spanish headers and one example row.
/// </summary>
public sealed record PlanPart(string FileName, string SheetName, IReadOnlyList<PlanColumn> Columns, IReadOnlyList<string> Example)
{
    public int IndexOf(string header) => Columns.ToList().FindIndex(c => c.Header == header);
}
