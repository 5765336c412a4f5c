using CsvHelper;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>The current record of a MEN file as trimmed text by column, with where it is (for refusals).</summary>
internal readonly struct MenStatisticsRow(CsvReader csv, MenStatisticsHeader header, string file)
{
    public string File => file;

    public MenStatisticsHeader Header => header;

    public long Line => csv.LineNumber;

    public int FieldCount => csv.FieldCount;

    /// <summary>The trimmed text of the column, null when the header lacks it or the field is blank.</summary>
    public string? Get(MenStatisticsColumn column)
    {
        var index = header.IndexOf(column);
        if (index < 0 || index >= csv.FieldCount)
        {
            return null;
        }

        var value = csv.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }
}
