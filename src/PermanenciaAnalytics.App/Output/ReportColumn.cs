namespace PermanenciaAnalytics.App.Output;

/// <summary>A column of a simple report: machine name and value (CSV/JSON, invariant) and Spanish header and value (table, es-CO).</summary>
internal sealed record ReportColumn<T>(string Name, string Header, Func<T, string?> Machine, Func<T, string?> Human, bool Numeric = false);
