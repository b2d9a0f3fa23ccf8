using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Carriers;
using Oms.Domain.Common;
using Oms.Server.Core.Commands;
using Oms.Server.Web;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Carriers;

/// <summary>
/// Carriers' tracking webhooks: routing only. The adapter verifies the carrier's signature over the exact body: a wrong or
/// missing one is 401 and nothing is kept (anyone can post here); a signed body the adapter cannot read is kept with the
/// reason and answered 400; a readable update is kept and applied to a return parcel or an outbound shipment (200, also
/// when nothing has its tracking number, so that the carrier does not send it again and again: the update is kept with the
/// reason).
/// </summary>
public static class CarrierEventsApi
{
    /// <summary>A tracking webhook is a few kilobytes; anything far larger is not one.</summary>
    private const int MaxBody = 256 * 1024;

    public static readonly Actor Actor = new("system", "carrier-webhooks");

    public static void MapCarrierEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/carriers/{carrier}/events", async Task<Results<Ok<CarrierEventReceipt>, ProblemHttpResult>> (string carrier,
                HttpContext http, IServiceProvider services, CommandBus bus, CancellationToken ct) =>
            {
                var adapter = services.GetKeyedService<ICarrierAdapter>(carrier.ToLowerInvariant())
                    ?? throw new NotFoundException("Carrier adapter", carrier);
                var body = await ReadBodyAsync(http.Request, ct);
                var webhook = new CarrierWebhook(body, http.Request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())));
                TrackingEvent? update;
                try
                {
                    update = adapter.ParseTrackingEvent(webhook);
                }
                catch (CarrierWebhookException e) when (e.SignatureFailed)
                {
                    return TypedResults.Problem(ProblemMapping.Problem(401, "Not signed by the carrier", e.Message, "bad-signature"));
                }
                catch (CarrierWebhookException e)
                {
                    await bus.SendAsync(new KeepUnreadableCarrierMessage(adapter.Name, Text(body), e.Message), Actor, ct);
                    return TypedResults.Problem(ProblemMapping.Problem(400, "Not a tracking webhook", e.Message, "unreadable-webhook"));
                }
                if (update is null) return TypedResults.Ok(new CarrierEventReceipt("ignored"));
                return TypedResults.Ok(await bus.SendAsync(new ReceiveTrackingEvent(adapter.Name, update, Text(body)), Actor, ct));
            })
            .WithTags("Carriers").Public("Signed by the carrier: the adapter verifies the carrier's signature over the body.")
            .WithName("ReceiveCarrierEvent")
            .WithSummary("A carrier's tracking webhook (Sendcloud: parcel_status_changed, signed in Sendcloud-Signature): moves the " +
                "return whose label has the tracking number, else the order's outbound shipment with it; a repeat or an older update " +
                "is answered 200 and changes nothing; an unknown tracking number is kept with the reason")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(404);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody) throw new BusinessRuleException("body", $"A tracking webhook is at most {MaxBody} bytes.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBody) throw new BusinessRuleException("body", $"A tracking webhook is at most {MaxBody} bytes.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Text(ReadOnlyMemory<byte> body) => Encoding.UTF8.GetString(body.Span);
}
