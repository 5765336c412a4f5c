using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.Testing;

/// <summary>
/// Puts institutions in the catalogue (<c>institution</c>) as a SIMAT load would, so a test plan's DANE code is known:
/// plans of institutions outside the catalogue are refused. The template's example plan is of <see cref="TemplateDane"/>.
/// </summary>
public static class InstitutionCatalogSeed
{
    public const string TemplateDane = "154001000123";

    public static void Add(DatabaseTarget target, params string[] danes)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(danes);
        using var connection = target.Open();
        foreach (var dane in danes)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO institution (institution_dane, name) VALUES (@dane, @name)";
            var code = command.CreateParameter();
            code.ParameterName = "@dane";
            code.Value = dane;
            var name = command.CreateParameter();
            name.ParameterName = "@name";
            name.Value = "IE " + dane;
            command.Parameters.Add(code);
            command.Parameters.Add(name);
            command.ExecuteNonQuery();
        }
    }
}
