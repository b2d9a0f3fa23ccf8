using System.Security.Cryptography;

namespace Oms.Server.Features.Webhooks;

/// <summary>How a subscription's deliveries are named in the outbox.</summary>
public static class WebhookDeliveries
{
    /// <summary>The outbox handler; the events it is given are fanned out to <c>webhooks:{subscription id}</c> deliveries.</summary>
    public const string Handler = "webhooks";

    public static string HandlerOf(Guid subscriptionId) => $"{Handler}:{subscriptionId}";

    /// <summary>
    /// The one delivery of an event to a subscription has an id made of the two, so that a fan-out that runs twice (a
    /// node took over a claim another node was still working on) cannot queue the event twice: the second insert is a
    /// primary-key violation, and the command runs again and finds the delivery there.
    /// </summary>
    public static Guid DeliveryId(Guid eventId, Guid subscriptionId)
    {
        Span<byte> input = stackalloc byte[32];
        eventId.TryWriteBytes(input[..16], bigEndian: true, out _);
        subscriptionId.TryWriteBytes(input[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var bytes = hash[..16];
        // RFC 9562 version 8 (custom), variant 10.
        bytes[6] = (byte)(0x80 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
