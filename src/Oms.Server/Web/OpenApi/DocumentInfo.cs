using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Oms.Server.Web.OpenApi;

/// <summary>The document's title, version and the conventions every operation shares.</summary>
internal sealed class DocumentInfo : IOpenApiDocumentTransformer
{
    public const string Title = "Omnichannel OMS API";
    public const string Version = "1.0";

    private const string Description = """
        Capture orders from every channel, keep stock without overselling, source and fulfil them, and follow them to delivery.

        **Conventions**
        - JSON names are camelCase and so are enum values (`shipToAddress`); numbers are JSON numbers, never strings. Money is a
          decimal number written with at least two decimals (`49.95`, `5.00`); times are UTC (ISO 8601).
        - Request fields are nullable so that a missing field is answered with a field error instead of a parse error; the
          schemas list which fields are required.
        - Who acts: every operation but sign-in needs a credential: `X-Api-Key: oms_…` for a system, or `Authorization: Bearer …`
          from `POST /api/auth/sign-in` for a person (the demo key `oms_demoadmin_admin-demo-key` works on the demo data). Each
          operation's description names the permission it needs. The timeline and the audit trail record who signed in; only a
          key allowed to act on behalf of a person (a till) may name one in `X-Actor`.
        - Errors are RFC 9457 `application/problem+json` with a `code`, a readable `detail` and, for field errors, `errors`
          (field path → messages): 400 malformed or invalid input, 404 not found, 409 an action the current state does not allow
          (with `state` and `action`) or a concurrent change, 422 a broken business rule, 500 a bug (quote its `traceId`).
        - Lists are cursor-paged (`limit`, `cursor` → `nextCursor`) or page-numbered where noted.
        - Capture is idempotent on `Idempotency-Key` and on channel + channel order id: a replay answers 200 with
          `Idempotent-Replayed: true`.

        The demo data (channels `web`, `marketplace`, `app`, `pos`, `callcenter`; SKUs `SKU-0001`…`SKU-0050`; locations
        `DC-CENTRAL`, `STORE-AMS`…) makes every example below work on a fresh server.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = Title, Version = Version, Description = Description };
        return Task.CompletedTask;
    }
}
