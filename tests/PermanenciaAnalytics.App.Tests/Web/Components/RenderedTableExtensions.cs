using Bunit;
using Microsoft.AspNetCore.Components;

namespace PermanenciaAnalytics.App.Tests.Web.Components;

/// <summary>Reads a rendered table the way a reader does: the data cells of the row whose header says something.</summary>
internal static class RenderedTableExtensions
{
    public static string[] Cells<TComponent>(this IRenderedComponent<TComponent> rendered, string rowHeader)
        where TComponent : IComponent
    {
        var row = rendered.FindAll("tr").SingleOrDefault(r => r.QuerySelector("th[scope=row]")?.TextContent.Trim() == rowHeader)
            ?? throw new InvalidOperationException($"No hay una fila «{rowHeader}» en:\n{rendered.Markup}");
        return row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
    }
}
