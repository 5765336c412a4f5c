using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>
/// One streaming pass over a file: its SHA-256 (the ledger's identity of a file), its size, whether it holds NUL
/// bytes (not text) and whether all of it is valid UTF-8 (else it is read as Windows-1252).
/// </summary>
public sealed record FileFingerprint(string Sha256, long Length, bool HasNulBytes, bool IsValidUtf8)
{
    private const int ChunkBytes = 1 << 20;

    public static FileFingerprint Compute(string path, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes + 4);
        try
        {
            long length = 0;
            var hasNul = false;
            var validUtf8 = true;
            var carry = 0; // bytes of an incomplete UTF-8 sequence kept at the start of the buffer
            int read;
            while ((read = stream.Read(buffer, carry, ChunkBytes)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunk = buffer.AsSpan(carry, read);
                hash.AppendData(chunk);
                length += read;
                hasNul |= chunk.Contains((byte)0);
                if (validUtf8)
                {
                    var status = Utf8.ToUtf16(buffer.AsSpan(0, carry + read), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: false);
                    validUtf8 = status is OperationStatus.Done or OperationStatus.NeedMoreData;
                    carry = carry + read - consumed;
                    buffer.AsSpan(consumed, carry).CopyTo(buffer);
                }
            }

            validUtf8 &= carry == 0;
            return new FileFingerprint(Convert.ToHexStringLower(hash.GetHashAndReset()), length, hasNul, validUtf8);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public Encoding Encoding => IsValidUtf8 ? Reading.TextEncodings.Utf8 : Reading.TextEncodings.Windows1252;
}
