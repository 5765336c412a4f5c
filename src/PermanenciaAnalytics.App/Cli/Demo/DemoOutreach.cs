using PermanenciaAnalytics.App.Web.Data;
using PermanenciaAnalytics.Core.Risk;
using PermanenciaAnalytics.Synthetic;

namespace PermanenciaAnalytics.App.Cli.Demo;

/// <summary>What the demo recorded in búsqueda activa: cases touched, outcomes written, institutions.</summary>
internal sealed record DemoOutreachSummary(int Institutions, int Cases, int Outcomes)
{
    /// <summary>Cases the demo rector opened from the risk list (posibles desertores).</summary>
    public int RiskCases { get; init; }
}

/// <summary>
/// Búsqueda-activa outcomes for the demo year, recorded through <see cref="OutreachOutcomeStore"/> as the rector's form
/// does: in two of every three institutions, the first cases of the list get an outcome in every state (contactado,
/// reintegrado after a contact, trasladado fuera, no localizado) and the rest stay pending; the first institution's
/// rector also opens cases for the three highest-scored posibles desertores, as the risk page does, and follows one to
/// its return (two contacts). The only place the demo
/// writes búsqueda activa, so it can follow the outreach model wherever it goes.
/// </summary>
internal static class DemoOutreach
{
    private const int CasesPerInstitution = 12;

    public static DemoOutreachSummary Seed(IServiceProvider services, int year, IReadOnlyList<SyntheticInstitution> institutions, DateOnly lastCut)
    {
        // The readers are per request (they read the data version once): the demo is one request's worth of work.
        using var scope = services.CreateScope();
        var reader = scope.ServiceProvider.GetRequiredService<IWithdrawnStudentsReader>();
        var store = services.GetRequiredService<OutreachOutcomeStore>();
        var today = DateOnly.FromDateTime(DateTime.Today);
        int touched = 0, cases = 0, outcomes = 0;
        for (var i = 0; i < institutions.Count; i++)
        {
            if (i % 3 == 2)
            {
                continue;
            }

            var dane = institutions[i].Dane;
            var students = reader.List(year, dane);
            if (students.Count == 0)
            {
                continue;
            }

            touched++;
            // Only the first cases of the list: the rest stay pending, as in a school that is still working through it.
            foreach (var (student, k) in students.Take(CasesPerInstitution).Select((s, k) => (s, k)))
            {
                if (student.Outcome is not null)
                {
                    continue; // a second run over the same database keeps what is there
                }

                var first = Min(student.LastCutSeen.AddDays(5 + k), today, lastCut.AddDays(20));
                var recordedBy = i == 0 ? DemoAccounts.Rector : DemoAccounts.Cobertura;
                switch (k % 6)
                {
                    case 0:
                        store.Record(year, student.StudentKey, dane, OutreachOutcome.Contactado, first, "Llamada a la familia (demo)", recordedBy);
                        outcomes++;
                        break;
                    case 1:
                        store.Record(year, student.StudentKey, dane, OutreachOutcome.Contactado, first, "Visita domiciliaria (demo)", recordedBy);
                        store.Record(year, student.StudentKey, dane, OutreachOutcome.Reintegrado, Min(first.AddDays(10), today, today), "Volvió a clase (demo)", recordedBy);
                        outcomes += 2;
                        break;
                    case 2:
                        store.Record(year, student.StudentKey, dane, OutreachOutcome.NoLocalizado, first, "Teléfono sin servicio (demo)", recordedBy);
                        outcomes++;
                        break;
                    case 3:
                        store.Record(year, student.StudentKey, dane, OutreachOutcome.TrasladadoFuera, first, "Se trasladó a otro municipio (demo)", recordedBy);
                        outcomes++;
                        break;
                    default:
                        continue; // pending: no outcome yet
                }

                cases++;
            }
        }

        var riskCases = institutions.Count == 0 ? 0 : OpenRiskCases(services, year, institutions[0].Dane, Min(lastCut.AddDays(3), today, today), ref outcomes);
        return new DemoOutreachSummary(touched, cases, outcomes) { RiskCases = riskCases };
    }

    // The rector's part of the risk page: open a case for the top of the list and follow the first one back to class.
    private static int OpenRiskCases(IServiceProvider services, int year, string dane, DateOnly day, ref int outcomes)
    {
        using var scope = services.CreateScope();
        var risk = scope.ServiceProvider.GetRequiredService<RiskCandidatesReader>();
        var store = services.GetRequiredService<OutreachOutcomeStore>();
        var opened = 0;
        foreach (var candidate in risk.List(year, dane, risk.Model()).Where(c => c.CaseState is null).Take(3))
        {
            if (!store.OpenAtRisk(year, candidate.StudentKey, dane, RiskBandNames.Code(candidate.Band), DemoAccounts.Rector, day))
            {
                continue;
            }

            if (opened == 0)
            {
                store.Record(year, candidate.StudentKey, dane, OutreachOutcome.NoContesta, day, "Nadie contestó (demo)", DemoAccounts.Rector, "llamada", day.AddDays(2));
                store.Record(year, candidate.StudentKey, dane, OutreachOutcome.Reintegrado, day.AddDays(2), "La familia vino al colegio; vuelve el lunes (demo)", DemoAccounts.Rector, "visita");
                outcomes += 2;
            }

            opened++;
        }

        return opened;
    }

    private static DateOnly Min(DateOnly a, DateOnly b, DateOnly c) => a < b ? (a < c ? a : c) : (b < c ? b : c);
}
