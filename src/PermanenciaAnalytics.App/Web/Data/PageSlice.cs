namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// One page of a long list (<c>?pagina=</c>, from 1). A page number past the end shows the last page, and an unreadable
/// one the first, rather than an empty table.
/// </summary>
/// <typeparam name="T">The rows.</typeparam>
/// <param name="Rows">The rows of this page.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Count">How many pages the list has (at least 1).</param>
/// <param name="First">The position of this page's first row in the list, from 1 (0 when the list is empty).</param>
/// <param name="Total">The rows of the whole list.</param>
public sealed record PageSlice<T>(IReadOnlyList<T> Rows, int Number, int Count, int First, int Total)
{
    /// <summary>The position of this page's last row, from 1.</summary>
    public int Last => First == 0 ? 0 : First + Rows.Count - 1;
}

/// <summary>Cuts a list into <see cref="PageSlice{T}"/> pages.</summary>
public static class PageSlices
{
    /// <summary>The page <paramref name="requested"/> (the query value) of <paramref name="rows"/>, <paramref name="size"/> rows a page.</summary>
    public static PageSlice<T> Of<T>(IReadOnlyList<T> rows, string? requested, int size)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var count = Math.Max(1, (rows.Count + size - 1) / size);
        var number = int.TryParse(requested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? Math.Min(n, count)
            : 1;
        var skip = (number - 1) * size;
        return new PageSlice<T>([.. rows.Skip(skip).Take(size)], number, count, rows.Count == 0 ? 0 : skip + 1, rows.Count);
    }
}
