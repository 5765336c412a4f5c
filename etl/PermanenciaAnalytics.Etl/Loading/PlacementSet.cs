using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// The placements (student, institution, enrolled or not) already seen in one file, for the duplicate rule of
/// <see cref="SimatRowSink"/>. It keeps a 128-bit XxHash of each placement instead of its strings: a Cúcuta cut of a
/// million rows then costs about 30 MB instead of about 150 MB of retained strings. Two different placements share a
/// hash with probability about n² / 2¹²⁹ (10⁻²⁷ for a million rows), far below any other cause of a wrong reject.
/// </summary>
internal sealed class PlacementSet
{
    private const int StackLimit = 256;
    private readonly HashSet<UInt128> _seen = [];

    public int Count => _seen.Count;

    /// <summary>Adds the placement; false when the file already had it.</summary>
    public bool Add(string studentKey, string institutionDane, bool enrolled)
    {
        ArgumentNullException.ThrowIfNull(studentKey);
        ArgumentNullException.ThrowIfNull(institutionDane);
        var length = studentKey.Length + institutionDane.Length + 2;
        var buffer = length <= StackLimit ? stackalloc char[length] : new char[length];
        studentKey.AsSpan().CopyTo(buffer);
        // A separator no key contains keeps ("12", "34…") and ("123", "4…") apart.
        buffer[studentKey.Length] = '\u001F';
        institutionDane.AsSpan().CopyTo(buffer[(studentKey.Length + 1)..]);
        buffer[^1] = enrolled ? '1' : '0';
        return _seen.Add(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(buffer)));
    }
}
