using PermanenciaAnalytics.App.Hosting;
using PermanenciaAnalytics.Testing;

namespace PermanenciaAnalytics.App.Tests.Hosting;

/// <summary>The serve host of the pipeline tests: a temp database, any free port, inbox and output folders inside it.</summary>
internal static class TestServeOptions
{
    public static ServeOptions For(TempSqliteDatabase database, string? inbox = null) => new()
    {
        Database = database.Target,
        Urls = "http://127.0.0.1:0",
        Inbox = inbox ?? Path.Combine(database.Folder, "inbox"),
        PublishFolder = Path.Combine(database.Folder, "publicaciones"),
        RejectsFolder = Path.Combine(database.Folder, "rechazos"),
    };
}
