namespace PermanenciaAnalytics.Etl.Reading;

/// <summary>Names what a non-text file most likely is, so its refusal tells the user what to do instead.</summary>
public static class BinaryFiles
{
    public static string Describe(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..read];
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return "no es un archivo de texto: es un archivo comprimido (ZIP o libro de Excel .xlsx); ábralo en Excel y guárdelo como CSV, o cargue los planes con 'load plan'";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "no es un archivo de texto: es un libro de Excel antiguo (.xls); ábralo en Excel y guárdelo como CSV";
        }

        return "no es un archivo de texto (contiene bytes binarios)";
    }
}
