namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// Appends rows to one table inside the load's transaction, as fast as the dialect allows (prepared multi-row
/// INSERT on SQLite, SqlBulkCopy on SQL Server). Values come in <see cref="BulkTable"/> column order; null is NULL.
/// Rows may be buffered until <see cref="Flush"/>, which the loader calls before commit.
/// </summary>
public interface IBulkRowWriter : IDisposable
{
    void Add(ReadOnlySpan<object?> values);

    void Flush();
}
