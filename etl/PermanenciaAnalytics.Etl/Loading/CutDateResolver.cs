using System.Globalization;
using System.Text.RegularExpressions;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// The cut date of a SIMAT file (docs/design.md §4): <c>--cut</c>, else the first row's <c>FECHA_CORTE</c>, else a
/// <c>YYYY-MM-DD</c> or <c>YYYYMMDD</c> date in the file name. Null when none gives a valid date.
/// </summary>
public static partial class CutDateResolver
{
    public static DateOnly? Resolve(DateOnly? requested, string path, FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (requested is not null)
        {
            return requested;
        }

        using (var reader = ExtractRowReader.Open(path, sniff))
        {
            if (reader.Map.Has(ExtractColumn.CutDate) && reader.Read() && ExtractDates.TryParse(reader.Get(ExtractColumn.CutDate), out var fromColumn))
            {
                return fromColumn;
            }
        }

        return FromFileName(Path.GetFileName(path));
    }

    public static DateOnly? FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        foreach (Match match in DatePattern().Matches(fileName))
        {
            var text = match.Groups["y"].Value + match.Groups["m"].Value + match.Groups["d"].Value;
            if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d{2})(?<sep>-?)(?<m>\d{2})\k<sep>(?<d>\d{2})(?!\d)")]
    private static partial Regex DatePattern();
}
