using System.Globalization;
using PermanenciaAnalytics.Core.Text;
using PermanenciaAnalytics.Etl.Reading;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Rejects reports (the CSV beside a load, <c>rejected_row</c>, the uploads page and its CSV) name the column and the
/// reason of a bad value, but a value of a personal column — names, documents and identifiers, birth date, phone,
/// address, neighbourhood, e-mail — is written masked: its length only (<c>***(11)</c>), enough to see it was there and
/// how long it was, not who it belongs to. A column is personal when its header is an alias of one of those columns or,
/// for headers this catalogue does not know, when it names one (APELLIDO, DOCUMENTO, NACIMIENTO, TELEFONO…).
/// </summary>
public static class PersonalValueMask
{
    private static readonly HashSet<ExtractColumn> Personal =
    [
        ExtractColumn.PerId, ExtractColumn.DocNumber, ExtractColumn.FirstSurname, ExtractColumn.SecondSurname,
        ExtractColumn.FirstName, ExtractColumn.SecondName, ExtractColumn.BirthDate, ExtractColumn.Neighborhood,
        ExtractColumn.Email, ExtractColumn.Phone, ExtractColumn.Address,
    ];

    // Normalised fragments of personal headers outside the alias table (e.g. NRO_IDENTIFICACION, CELULAR_ACUDIENTE).
    private static readonly string[] Fragments =
        ["APELLIDO", "DOCUMENTO", "IDENTIFICACION", "NACIMIENTO", "TELEFONO", "CELULAR", "DIRECCION", "CORREO", "EMAIL", "ACUDIENTE"];

    public static bool IsPersonal(string? column)
    {
        if (string.IsNullOrWhiteSpace(column))
        {
            return false;
        }

        var key = TextKey.Normalize(column);
        if (ColumnAliases.ByKey.TryGetValue(key, out var match))
        {
            return Personal.Contains(match.Column);
        }

        var compact = key.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return Fragments.Any(f => compact.Contains(f, StringComparison.Ordinal))
            || compact is "NOMBRE1" or "NOMBRE2" or "NOMBRES" or "PRIMERNOMBRE" or "SEGUNDONOMBRE" or "NOMBREESTUDIANTE" or "NOMBRECOMPLETO";
    }

    /// <summary>The value as a rejects report may show it: masked for a personal column, as it is otherwise.</summary>
    /// <remarks>Idempotent: a value already masked at load time stays as it is when a report masks again on reading.</remarks>
    public static string? Mask(string? column, string? value) =>
        string.IsNullOrEmpty(value) || !IsPersonal(column) || IsMasked(value)
            ? value
            : string.Create(CultureInfo.InvariantCulture, $"***({value.Length})");

    private static bool IsMasked(string value) =>
        value.StartsWith("***(", StringComparison.Ordinal) && value.EndsWith(')') && value.Length > 5
        && value.AsSpan(4, value.Length - 5).IndexOfAnyExceptInRange('0', '9') < 0;
}
