namespace Oms.Domain.Common;

/// <summary>
/// Version 7 UUIDs (time-ordered) that also increase within one millisecond and across a clock that stands still or
/// steps back, in this process: lists that page by (time, id) then keep the order things happened in. The text form
/// and PostgreSQL's uuid order agree with the creation order.
/// </summary>
public static class Ids
{
    private static readonly Lock Gate = new();
    private static long _lastMs = -1;
    private static ulong _sequence;

    public static Guid Next(DateTime at)
    {
        var ms = Math.Max(0, (long)(at.ToUniversalTime() - DateTime.UnixEpoch).TotalMilliseconds);
        ulong sequence;
        lock (Gate)
        {
            if (ms > _lastMs)
            {
                _lastMs = ms;
                // A random start with the top bits clear leaves room to count up within the millisecond.
                _sequence = (ulong)Random.Shared.NextInt64() >> 8;
            }
            else
            {
                ms = _lastMs;
                _sequence++;
            }
            sequence = _sequence;
        }
        Span<byte> b = stackalloc byte[16];
        b[0] = (byte)(ms >> 40); b[1] = (byte)(ms >> 32); b[2] = (byte)(ms >> 24);
        b[3] = (byte)(ms >> 16); b[4] = (byte)(ms >> 8); b[5] = (byte)ms;
        // 74 bits of sequence: 12 after the version nibble, 62 after the variant bits.
        var high = sequence >> 62;
        b[6] = (byte)(0x70 | (int)((high >> 8) & 0x0F));
        b[7] = (byte)high;
        b[8] = (byte)(0x80 | (int)((sequence >> 56) & 0x3F));
        b[9] = (byte)(sequence >> 48); b[10] = (byte)(sequence >> 40); b[11] = (byte)(sequence >> 32);
        b[12] = (byte)(sequence >> 24); b[13] = (byte)(sequence >> 16); b[14] = (byte)(sequence >> 8); b[15] = (byte)sequence;
        return new Guid(b, bigEndian: true);
    }
}
