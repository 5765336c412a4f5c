using System.Security.Cryptography;
using System.Text;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Pseudonymous student keys. <c>student_key</c> is PER_ID when the extract has it, else <c>"D"</c> + the document
/// hash; <c>doc_key</c> is the document hash whenever a document exists, so SIMAT and SIMPADE rows match on it
/// without storing the document outside <c>student_contact</c>.
/// </summary>
public static class StudentKeys
{
    /// <summary>First 16 hex characters (lower case) of SHA-256 over the normalised document number.</summary>
    public static string DocumentHash(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var normalised = NormalizeDocument(document);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalised), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Upper case letters and digits only: "1.090.123-4 " and "10901234" are the same document.</summary>
    public static string NormalizeDocument(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new StringBuilder(document.Length);
        foreach (var ch in document)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(char.ToUpperInvariant(ch));
            }
        }

        return builder.ToString();
    }

    public static string StudentKey(string? perId, string? docHash) =>
        !string.IsNullOrEmpty(perId) ? perId : "D" + docHash;
}
