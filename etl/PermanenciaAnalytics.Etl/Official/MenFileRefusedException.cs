namespace PermanenciaAnalytics.Etl.Official;

/// <summary>MEN's file cannot be read; the message is one Spanish sentence naming the file, the line and the cause.</summary>
public sealed class MenFileRefusedException : Exception
{
    public MenFileRefusedException()
    {
    }

    public MenFileRefusedException(string message)
        : base(message)
    {
    }

    public MenFileRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
