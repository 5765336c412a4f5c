using System.Globalization;
using System.Text;
using System.Text.Json;
using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.App.Output;

/// <summary>
/// Writes a <see cref="RiskEvaluation"/>: JSON with the keys of docs/design.md §6 (invariant culture, rates as
/// fractions, null when undefined) or a Spanish es-CO summary.
/// </summary>
internal static class RiskEvaluationWriter
{
    private static readonly CultureInfo Human = CultureInfo.GetCultureInfo("es-CO");

    private static readonly Dictionary<string, string> AttributeNames = new(StringComparer.Ordinal)
    {
        ["sex"] = "Sexo",
        ["migrant"] = "Migrante",
        ["etnia"] = "Etnia",
        ["zona"] = "Zona",
    };

    public static void WriteJson(TextWriter output, RiskEvaluation e)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            Number(json, "auc", e.Auc);
            Number(json, "precision_top5", e.PrecisionTop5);
            Number(json, "precision_top10", e.PrecisionTop10);
            Number(json, "recall_top10", e.RecallTop10);
            Number(json, "baseline_auc", e.BaselineAuc);
            json.WriteNumber("students", e.Students);
            json.WriteNumber("dropouts", e.Dropouts);
            json.WriteStartObject("groups");
            foreach (var (attribute, groups) in e.Groups)
            {
                json.WriteStartObject(attribute);
                foreach (var group in groups)
                {
                    json.WriteStartObject(group.Value);
                    json.WriteNumber("students", group.Students);
                    json.WriteNumber("dropouts", group.Dropouts);
                    Number(json, "flagged", group.Flagged);
                    Number(json, "false_positive_rate", group.FalsePositiveRate);
                    Number(json, "false_negative_rate", group.FalseNegativeRate);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("calibration");
            foreach (var d in e.Calibration)
            {
                json.WriteStartObject();
                json.WriteNumber("decile", d.Decile);
                json.WriteNumber("students", d.Students);
                json.WriteNumber("dropouts", d.Dropouts);
                json.WriteNumber("min_score", d.MinScore);
                json.WriteNumber("max_score", d.MaxScore);
                Number(json, "predicted_rate", d.PredictedRate);
                Number(json, "observed_rate", d.ObservedRate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("train_year", e.TrainYear);
            json.WriteNumber("test_year", e.TestYear);
            json.WriteString("train_cut", e.TrainCut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("test_cut", e.TestCut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("model_version", e.ModelVersion);
            Number(json, "baseline_precision_top10", e.BaselinePrecisionTop10);
            json.WriteStartObject("calibrated_bands");
            json.WriteNumber("medio", e.CalibratedBandMedio);
            json.WriteNumber("alto", e.CalibratedBandAlto);
            json.WriteEndObject();
            json.WriteStartObject("baseline_coefficients");
            foreach (var (name, value) in e.BaselineCoefficients)
            {
                Number(json, name, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteTable(TextWriter output, RiskEvaluation e)
    {
        output.WriteLine(string.Create(Human, $"Calibrado en {e.TrainYear} (corte {e.TrainCut:yyyy-MM-dd}), evaluado en {e.TestYear} (corte {e.TestCut:yyyy-MM-dd}), pesos versión {e.ModelVersion}."));
        output.WriteLine(string.Create(Human, $"Estudiantes: {e.Students:N0}; desertores: {e.Dropouts:N0} ({Percent(e.Students == 0 ? double.NaN : e.Dropouts / (double)e.Students)})."));
        output.WriteLine(string.Create(Human, $"AUC del índice: {Fraction(e.Auc)}; AUC de la regresión logística de referencia: {Fraction(e.BaselineAuc)}."));
        output.WriteLine($"Precisión en el 5 % más alto: {Percent(e.PrecisionTop5)}; en el 10 % más alto: {Percent(e.PrecisionTop10)} (referencia: {Percent(e.BaselinePrecisionTop10)}); sensibilidad en el 10 %: {Percent(e.RecallTop10)}.");
        output.WriteLine(string.Create(Human, $"Puntos de corte calibrados en {e.TrainYear}: medio desde {e.CalibratedBandMedio}, alto desde {e.CalibratedBandAlto}."));
        output.WriteLine();
        output.WriteLine("Calibración por decil (1 = puntajes más altos):");
        output.WriteLine("Decil  Estudiantes  Desertores  Puntaje  Predicha  Observada");
        foreach (var d in e.Calibration)
        {
            output.WriteLine(string.Create(Human, $"{d.Decile,5}  {d.Students,11:N0}  {d.Dropouts,10:N0}  {d.MinScore,3}–{d.MaxScore,-3}  {Percent(d.PredictedRate),8}  {Percent(d.ObservedRate),9}"));
        }

        output.WriteLine();
        output.WriteLine("Errores por grupo al marcar el 10 % más alto (FP: no desertores marcados / no desertores; FN: desertores no marcados / desertores):");
        foreach (var (attribute, groups) in e.Groups)
        {
            output.WriteLine($"{AttributeNames.GetValueOrDefault(attribute, attribute)}:");
            foreach (var g in groups)
            {
                output.WriteLine(string.Create(Human, $"  {g.Value,-32} {g.Students,8:N0} est.  {g.Dropouts,6:N0} des.  FP {Percent(g.FalsePositiveRate),7}  FN {Percent(g.FalseNegativeRate),7}"));
            }
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round(value, 4));
        }
    }

    private static string Fraction(double value) => double.IsNaN(value) ? "sin dato" : value.ToString("0.000", Human);

    private static string Percent(double value) => double.IsNaN(value) ? "sin dato" : (100 * value).ToString("N1", Human) + " %";
}
