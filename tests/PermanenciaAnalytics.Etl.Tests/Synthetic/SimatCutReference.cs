using System.Text;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.Etl.Tests.Synthetic;

/// <summary>
/// A plain re-reading of the written SIMAT cut files that applies docs/design.md §5 rules 2–5 independently of the
/// generator's own bookkeeping: attributed grade = grade of the MATRICULADO row at the latest enrolled cut;
/// dropout = not MATRICULADO at the final cut.
/// </summary>
internal static class SimatCutReference
{
    public sealed record Outcome(int Grade, bool Dropout, bool Migrant);

    public static Dictionary<string, Outcome> Derive(IReadOnlyList<SyntheticCutFile> cuts)
    {
        var columns = SimatPlainColumns.All.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
        var lastEnrolled = new Dictionary<string, (int Cut, int Grade, bool Migrant)>(StringComparer.Ordinal);
        for (var k = 0; k < cuts.Count; k++)
        {
            foreach (var line in File.ReadLines(cuts[k].Path, Encoding.UTF8).Skip(1))
            {
                var f = line.Split(';');
                if (f[columns["ESTADO"]] != "MATRICULADO")
                {
                    continue;
                }

                lastEnrolled[f[columns["PER_ID"]]] = (k, int.Parse(f[columns["GRADO_COD"]], System.Globalization.CultureInfo.InvariantCulture),
                    f[columns["PAIS_ORIGEN"]] != "COLOMBIA");
            }
        }

        return lastEnrolled.ToDictionary(p => p.Key, p => new Outcome(p.Value.Grade, p.Value.Cut != cuts.Count - 1, p.Value.Migrant), StringComparer.Ordinal);
    }
}
