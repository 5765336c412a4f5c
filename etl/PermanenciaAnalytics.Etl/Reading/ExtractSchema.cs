namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>The columns each kind of extract needs, and the check that lists what a header lacks.</summary>
public static class ExtractSchema
{
    /// <summary>Required SIMAT columns; identity is PER_ID or else TIPODOC + DOC (checked separately).</summary>
    private static readonly ExtractColumn[] SimatRequired = [ExtractColumn.InstitutionDane, ExtractColumn.Grade, ExtractColumn.Status];

    private static readonly ExtractColumn[] SimpadeRequired = [ExtractColumn.SchoolYear, ExtractColumn.Grade];

    /// <summary>
    /// Display names of the required columns the header lacks (empty when it can be loaded as that kind). SIMAT needs
    /// student identity (PER_ID or TIPODOC + DOC); SIMPADE does not: MEN publishes its desertores extract without it,
    /// and such rows are kept for aggregate use (institution × grade × month, reasons).
    /// </summary>
    public static IReadOnlyList<string> MissingColumns(HeaderMap map, ExtractKind kind)
    {
        ArgumentNullException.ThrowIfNull(map);
        var missing = new List<string>();
        if (kind == ExtractKind.Simpade)
        {
            if (!map.HasSimpadeColumns)
            {
                missing.Add("SPD_* (las columnas propias de SIMPADE)");
            }

            if (!map.Has(ExtractColumn.SimpadeInstitutionDane) && !map.Has(ExtractColumn.InstitutionDane))
            {
                missing.Add("SPD_DANE_EE");
            }

            missing.AddRange(SimpadeRequired.Where(c => !map.Has(c)).Select(SimpadeName));
            return missing;
        }

        missing.AddRange(SimatRequired
            .Where(c => !map.Has(c) && !(c == ExtractColumn.Status && map.IsAnexoLayout))
            .Select(ColumnAliases.DisplayName));
        if (!HasIdentity(map))
        {
            missing.Add(map.Has(ExtractColumn.DocType) || map.Has(ExtractColumn.DocNumber)
                ? "PER_ID (o TIPODOC y DOC juntos)"
                : "PER_ID (o TIPODOC y DOC)");
        }

        return missing;
    }

    /// <summary>The kind a header looks like: SIMPADE when it has SIMPADE-only columns (<c>SPD_*</c>), SIMAT when it has SIMAT's required ones.</summary>
    public static ExtractKind Classify(HeaderMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.HasSimpadeColumns)
        {
            return ExtractKind.Simpade;
        }

        // Plan templates are detected by the plan loader; until then they are Unknown here.
        return MissingColumns(map, ExtractKind.Simat).Count == 0 ? ExtractKind.Simat : ExtractKind.Unknown;
    }

    /// <summary>Whether the header identifies students (PER_ID, or TIPODOC and DOC together).</summary>
    public static bool HasIdentity(HeaderMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Has(ExtractColumn.PerId) || (map.Has(ExtractColumn.DocType) && map.Has(ExtractColumn.DocNumber));
    }

    private static string SimpadeName(ExtractColumn column) => column switch
    {
        ExtractColumn.SchoolYear => "ANNO",
        _ => ColumnAliases.DisplayName(column),
    };
}
