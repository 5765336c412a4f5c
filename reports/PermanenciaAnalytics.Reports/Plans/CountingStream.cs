namespace PermanenciaAnalytics.Reports.Plans;

/// <summary>
/// Reads an inner stream, counting bytes, and ends it early (as if at its end) once <c>limit</c> bytes were read, so a
/// decompression bomb is never inflated past the limit. <see cref="Exceeded"/> tells the early end from the real one.
/// </summary>
internal sealed class CountingStream(Stream inner, long limit) : Stream
{
    public long Count { get; private set; }

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded)
        {
            return 0;
        }

        var allowed = (int)Math.Min(buffer.Length, limit - Count + 1);
        var read = inner.Read(buffer[..allowed]);
        Count += read;
        if (Count > limit)
        {
            Exceeded = true;
            return 0;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
