using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Domain.Access;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Web;
using Oms.Server.Web.Access;

namespace Oms.Server.Features.Connectors.X12;

/// <summary>
/// EDI for X12 connectors: partners (or their VAN gateway) upload interchanges, and fetch the answers the OMS wrote
/// (997, 855, 856); the drop folder can be scanned on demand.
/// </summary>
public static class X12Api
{
    private const int MaxBytes = 4 * 1024 * 1024;

    public static void MapX12Api(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/connectors/{code}/edi").WithTags("Connectors");

        g.MapPost("/", async Task<Ok<EdiReceipt>> (string code, HttpRequest request, OmsDbContext db, EdiReceiver receiver, CancellationToken ct) =>
            {
                var media = request.ContentType?.Split(';')[0].Trim();
                if (media is not ("text/plain" or EdiReceiver.ContentType))
                    throw new BadHttpRequestException($"Send the interchange as text/plain or {EdiReceiver.ContentType}.", StatusCodes.Status415UnsupportedMediaType);
                var connector = await X12Connectors.LoadAsync(db, code, ct);
                var text = await ReadAsync(request, ct);
                try
                {
                    return TypedResults.Ok(await receiver.ReceiveAsync(connector, text, ct));
                }
                catch (X12EnvelopeException e)
                {
                    throw new BadHttpRequestException($"Not an X12 interchange: {e.Message}", StatusCodes.Status400BadRequest);
                }
            })
            .Accepts<string>("text/plain", EdiReceiver.ContentType)
            .RequirePermission(Permissions.IntegrationsManage).WithName("ReceiveEdi")
            .WithSummary("Receive an X12 interchange from the connector's partner: each 850 is captured through the inbox; 997 and 855 are written")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(415).ProducesProblem(422);

        g.MapGet("/outbound", async Task<Ok<CursorPage<EdiDocumentResponse>>> (string code, string? type, int? limit, string? cursor,
                OmsDbContext db, EdiDocuments documents, CancellationToken ct) =>
            {
                var connector = await X12Connectors.LoadAsync(db, code, ct);
                var take = PageCursor.Limit(limit);
                long? before = cursor is null ? null
                    : long.TryParse(cursor, out var b) ? b : throw QueryValues.Invalid("cursor", "Pass the nextCursor of the previous page.");
                var docs = await documents.ListAsync(connector.Id, type, before, take + 1, ct);
                var page = docs.Take(take).Select(d => EdiDocumentResponse.Of(d, withBody: true)).ToList();
                return TypedResults.Ok(new CursorPage<EdiDocumentResponse>(page,
                    docs.Count > take ? page[^1].InterchangeControl.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
            })
            .RequirePermission(Permissions.IntegrationsManage).WithName("ListEdiOutbound")
            .WithSummary("The X12 documents written for the partner (997, 855, 856), newest first, with their text")
            .ProducesProblem(404).ProducesValidationProblem();

        g.MapPost("/drop-folder/scan", async Task<Ok<IReadOnlyList<DroppedFile>>> (string code, OmsDbContext db, X12DropFolder drop,
                CancellationToken ct) => TypedResults.Ok(await drop.ScanAsync(await X12Connectors.LoadAsync(db, code, ct), ct)))
            .RequirePermission(Permissions.IntegrationsManage).WithName("ScanEdiDropFolder")
            .WithSummary("Receive the files waiting in the connector's drop folder now (the periodic job does it every 30 s)")
            .ProducesProblem(404);
    }

    private static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes) throw new BadHttpRequestException("An interchange is at most 4 MB.", StatusCodes.Status413PayloadTooLarge);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(ct);
        if (text.Length > MaxBytes) throw new BadHttpRequestException("An interchange is at most 4 MB.", StatusCodes.Status413PayloadTooLarge);
        return string.IsNullOrWhiteSpace(text) ? throw new BusinessRuleException("body", "The interchange is empty.") : text;
    }
}
