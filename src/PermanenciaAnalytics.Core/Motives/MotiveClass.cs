namespace PermanenciaAnalytics.Core.Motives;

/// <summary>The three classes of a RETIRADO row's motive (docs/design.md §5 rule 5b).</summary>
public enum MotiveClass
{
    /// <summary>Everything else, a blank motive and a move abroad: the student left the Colombian system.</summary>
    Desercion,

    /// <summary>Left for another place in the Colombian system: not a dropout, counted in transfers out.</summary>
    Traslado,

    /// <summary>Died: in neither numerator nor denominator.</summary>
    Fallecimiento,
}

/// <summary>The stored and printed key of each class (<c>desercion</c>, <c>traslado</c>, <c>fallecimiento</c>).</summary>
public static class MotiveClassNames
{
    public static string Key(MotiveClass value) => value switch
    {
        MotiveClass.Traslado => "traslado",
        MotiveClass.Fallecimiento => "fallecimiento",
        _ => "desercion",
    };

    public static string Display(MotiveClass value) => value switch
    {
        MotiveClass.Traslado => "traslado",
        MotiveClass.Fallecimiento => "fallecimiento",
        _ => "deserción",
    };

    /// <summary>Parses a key (accents and case ignored: <c>deserción</c>, <c>DESERCION</c>).</summary>
    public static bool TryParse(string? text, out MotiveClass value)
    {
        switch (MotiveText.Normalize(text))
        {
            case "TRASLADO":
                value = MotiveClass.Traslado;
                return true;
            case "FALLECIMIENTO":
                value = MotiveClass.Fallecimiento;
                return true;
            case "DESERCION":
                value = MotiveClass.Desercion;
                return true;
            default:
                value = MotiveClass.Desercion;
                return false;
        }
    }
}
