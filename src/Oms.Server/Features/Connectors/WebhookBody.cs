using Oms.Domain.Common;

namespace Oms.Server.Features.Connectors;

internal static class WebhookBody
{
    /// <summary>The exact body bytes (signatures are computed over them), at most <paramref name="maxKilobytes"/> KB.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxKilobytes, CancellationToken ct)
    {
        var max = (long)Math.Max(1, maxKilobytes) * 1024;
        if (request.ContentLength > max) throw new BusinessRuleException("body", $"A webhook is at most {maxKilobytes} KB.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) throw new BusinessRuleException("body", $"A webhook is at most {maxKilobytes} KB.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
