using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// A plan is accepted only for an institution of the catalogue (<c>institution</c>, filled by the SIMAT and SIMPADE
/// loads): a mistyped DANE code would otherwise create a plan nobody monitors and hide the real one as missing. With
/// no catalogue at all (nothing loaded yet) every plan is refused, saying to load a SIMAT cut first.
/// </summary>
internal static class PlanCatalogue
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(PlanCatalogue).Assembly);

    public static PlanCellError? Refusal(DatabaseTarget target, string file, string institutionDane)
    {
        using var connection = target.Open();
        if (connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Plans", "InstitutionKnown"), new { InstitutionDane = institutionDane }) > 0)
        {
            return null;
        }

        var cause = connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Plans", "CatalogueLoaded")) == 0
            ? $"todavía no hay catálogo de instituciones (no se ha cargado ningún corte del SIMAT), así que el código DANE {institutionDane} no se puede verificar; cargue primero un corte del SIMAT y vuelva a cargar el plan"
            : $"la institución con código DANE {institutionDane} no está en el catálogo de instituciones cargado del SIMAT; revise el código DANE del plan";
        return new PlanCellError(file, null, null, PlanLayout.Dane, institutionDane, cause);
    }
}
