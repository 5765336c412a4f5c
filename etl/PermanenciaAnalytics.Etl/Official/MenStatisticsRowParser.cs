using System.Globalization;

namespace PermanenciaAnalytics.Etl.Official;

/// <summary>Turns one record of a MEN file into a <see cref="MenStatisticsRecord"/>, or refuses the file at that line.</summary>
internal static class MenStatisticsRowParser
{
    public static MenStatisticsRecord Parse(MenStatisticsRow row)
    {
        if (row.FieldCount != row.Header.Count)
        {
            throw Refused(row, string.Create(CultureInfo.InvariantCulture,
                $"tiene {row.FieldCount} campos y el encabezado {row.Header.Count}, así que sus valores quedarían bajo otras columnas"));
        }

        var year = Count(row, MenStatisticsColumn.Year);
        if (year is null or < 1990 or > 2100)
        {
            throw Refused(row, $"el AÑO '{row.Get(MenStatisticsColumn.Year)}' no es un año");
        }

        var kind = row.Header.Kind;
        var (codeColumn, nameColumn, digits) = kind == MenTerritoryKind.Municipality
            ? (MenStatisticsColumn.MunicipalityCode, MenStatisticsColumn.MunicipalityName, 5)
            : (MenStatisticsColumn.DepartmentCode, MenStatisticsColumn.DepartmentName, 2);
        var code = Count(row, codeColumn);
        var codeText = code?.ToString(CultureInfo.InvariantCulture);
        if (code is null or <= 0 || codeText!.Length > digits)
        {
            throw Refused(row, $"el {MenStatisticsHeader.NameOf(codeColumn)} '{row.Get(codeColumn)}' no es un código DIVIPOLA de {digits} dígitos");
        }

        var rates = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (level, column) in MenStatisticsHeader.DropoutColumns)
        {
            if (!MenNumbers.TryParseRate(row.Get(column), out var rate))
            {
                throw Refused(row, $"la {MenStatisticsHeader.NameOf(column)} '{row.Get(column)}' no es un porcentaje entre 0 y 100");
            }

            rates[level] = rate;
        }

        var populationText = row.Get(MenStatisticsColumn.Population);
        long? population = null;
        if (populationText is not null)
        {
            if (!MenNumbers.TryParseCount(populationText, out var parsed))
            {
                throw Refused(row, $"la POBLACIÓN_5_16 '{populationText}' no es un número entero");
            }

            population = parsed;
        }

        return new MenStatisticsRecord(row.Line, (int)year.Value, kind, codeText.PadLeft(digits, '0'), row.Get(nameColumn), population, rates);
    }

    private static long? Count(MenStatisticsRow row, MenStatisticsColumn column) =>
        MenNumbers.TryParseCount(row.Get(column), out var value) ? value : null;

    private static MenFileRefusedException Refused(MenStatisticsRow row, string cause) =>
        MenStatisticsReader.Refused(row.File, string.Create(CultureInfo.InvariantCulture, $"la línea {row.Line}: {cause}"));
}
