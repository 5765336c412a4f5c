using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Plans;

/// <summary>Spanish labels of <see cref="StrategyType"/> (the data-validation list of the template) and their parser.</summary>
public static class StrategyTypeNames
{
    private static readonly (StrategyType Type, string Label)[] Table =
    [
        (StrategyType.Pae, "PAE"),
        (StrategyType.Transporte, "Transporte escolar"),
        (StrategyType.Tutorias, "Tutorías"),
        (StrategyType.BusquedaActiva, "Búsqueda activa"),
        (StrategyType.EscuelaDePadres, "Escuela de padres"),
        (StrategyType.ApoyoPsicosocial, "Apoyo psicosocial"),
        (StrategyType.KitsEscolares, "Kits escolares"),
        (StrategyType.ModelosFlexibles, "Modelos flexibles"),
        (StrategyType.Otra, "Otra"),
    ];

    public static IReadOnlyList<string> Labels { get; } = Table.Select(t => t.Label).ToList();

    public static string Label(StrategyType type) => Table.First(t => t.Type == type).Label;

    /// <summary>Accepts the label in any case/accents; "transporte" alone is accepted for transporte escolar.</summary>
    public static bool TryParse(string? text, out StrategyType type)
    {
        var key = TextKey.Normalize(text);
        foreach (var (candidate, label) in Table)
        {
            if (key == TextKey.Normalize(label))
            {
                type = candidate;
                return true;
            }
        }

        type = key switch
        {
            "TRANSPORTE" => StrategyType.Transporte,
            "ALIMENTACION ESCOLAR" or "PROGRAMA DE ALIMENTACION ESCOLAR" => StrategyType.Pae,
            "TUTORIAS" or "TUTORIA" => StrategyType.Tutorias,
            _ => (StrategyType)(-1),
        };
        return Enum.IsDefined(type);
    }
}
