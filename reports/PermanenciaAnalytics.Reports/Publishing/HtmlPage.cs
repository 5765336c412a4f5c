using System.Text;

namespace PermanenciaAnalytics.Reports.Publishing;

/// <summary>The shell of a published page: one self-contained HTML file (inline CSS, charts inlined as PNG data).</summary>
internal static class HtmlPage
{
    private const string Css =
        "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2rem auto;max-width:1000px;color:#222;line-height:1.45}" +
        "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}" +
        "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:right}" +
        "th{background:#eef2f7}td.t,th.t{text-align:left}img{max-width:100%;height:auto}" +
        ".ok{color:#27864a}.warn{color:#b86e00}.bad{color:#c0392b}dt{font-weight:bold;margin-top:.5rem}";

    public static string Wrap(string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"es-CO\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(PublicationFormat.Html(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append(body)
            .Append(Glossary)
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    public static string Chart(string title, string pngPath, string fileBaseName)
    {
        var data = Convert.ToBase64String(File.ReadAllBytes(pngPath));
        return $"<figure><img alt=\"{PublicationFormat.Html(title)}\" src=\"data:image/png;base64,{data}\">" +
            $"<figcaption>{PublicationFormat.Html(title)} · <a href=\"{fileBaseName}.png\">PNG</a> · <a href=\"{fileBaseName}.svg\">SVG</a></figcaption></figure>\n";
    }

    private const string Glossary =
        "<h2>Glosario y fórmulas</h2>\n<dl>\n" +
        "<dt>Matriculados</dt><dd>Estudiantes cuya ubicación atribuida del año (la de su último corte como MATRICULADO) es esta institución y grado. Universo: grados 0 a 11 y 99.</dd>\n" +
        "<dt>Desertores</dt><dd>Estudiantes matriculados en el año que no están matriculados en el corte final. Quien reaparece matriculado en un corte posterior no es desertor.</dd>\n" +
        "<dt>Trasladados</dt><dd>Estudiantes que estuvieron matriculados en la institución y terminaron el año en otra; no son desertores ni cuentan en el denominador.</dd>\n" +
        "<dt>Tasa de deserción</dt><dd>100 × desertores ÷ matriculados, con dos decimales (redondeo mitad alejándose de cero). Para sede, nivel, institución y municipio se suman los conteos y luego se divide.</dd>\n" +
        "<dt>Tasa proyectada</dt><dd>Tasa hasta la fecha × meses escolares del año ÷ meses escolares transcurridos (calendario A: febrero a noviembre, 10 meses).</dd>\n" +
        "<dt>Meta cumplida / en riesgo / incumplida</dt><dd>Cumplida: la tasa (al cierre) o la tasa proyectada no supera la meta. En riesgo: la tasa hasta la fecha no supera la meta pero la proyectada sí. Incumplida: la tasa hasta la fecha ya supera la meta.</dd>\n" +
        "<dt>Trayectoria de la meta</dt><dd>Desertores acumulados que permiten las metas: Σ matriculados del grado × meta ÷ 100, repartidos por igual en los meses escolares.</dd>\n" +
        "<dt>Cobertura de razones</dt><dd>100 × razones SIMPADE observadas que algún factor de riesgo del plan cubre ÷ razones observadas distintas.</dd>\n" +
        "<dt>Plan a tiempo / tarde / sin plan</dt><dd>A tiempo: radicado hasta la fecha límite (14 de agosto por defecto); tarde: después; sin plan: no se ha cargado.</dd>\n" +
        "<dt>Datos reservados</dt><dd>Los grupos con menos de 5 estudiantes no se publican. Para que ninguno se deduzca restando de un total publicado (institución, nivel, municipio, mes), se reservan también otros grupos: nunca queda uno solo reservado junto a su total, ni un conjunto reservado cuyos desertores o traslados sumen cero. Todos se marcan igual, «reservado», para no indicar cuál es el pequeño.</dd>\n" +
        "</dl>\n";
}
