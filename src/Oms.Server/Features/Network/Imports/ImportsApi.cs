using Oms.Domain.Access;
using Oms.Server.Web.Access;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Json;
using Oms.Server.Web;
using Oms.Server.Web.Hardening;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// Bulk imports of products, locations and stock from a CSV or JSON file. The upload is stored as a job and answered
/// at once (202); a worker node applies it in batches; any node reports its progress and the rejected rows.
/// </summary>
public static class ImportsApi
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void MapImportsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/imports").WithTags("Imports");

        g.MapPost("/{kind}", async Task<Accepted<ImportJobResponse>> (string kind, HttpRequest request, HttpContext http,
                CommandBus bus, ImportSignal signal, IOptions<ImportOptions> options, TimeProvider clock, CancellationToken ct) =>
            {
                var what = QueryValues.Enum<ImportKind>(kind, "kind")
                    ?? throw QueryValues.Invalid("kind", "Name what the file holds: products, locations or stock.");
                var format = FormatOf(request.ContentType);
                var payload = await ReadAsync(request, options.Value.MaxFileMegabytes, ct);
                var now = clock.GetUtcNow().UtcDateTime;
                var job = new ImportJob(Ids.Next(now), what, format, payload, ActorHeader.From(http), now);
                await bus.RunAsync(ActorHeader.From(http), (ctx, _) =>
                {
                    ctx.Db.ImportJobs.Add(job);
                    return Task.FromResult(job.Id);
                }, ct);
                signal.Notify();
                return TypedResults.Accepted($"/api/imports/{job.Id}",
                    new ImportJobResponse(job.Id, job.Kind, job.Format, job.Status, job.Actor,
                    job.CreatedAt, null, null, null, 0, 0, 0, null, 0, []));
            })
            .AddOpenApiOperationTransformer(DescribeFileBody)
            .ReadsActor().AcceptsUpload().RequirePermission(Permissions.NetworkWrite).WithName("StartImport")
            .WithSummary("Upload products, locations or stock as CSV (text/csv) or JSON (application/json); 202 with the job to follow")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);

        g.MapGet("/{id:guid}", async Task<Ok<ImportJobResponse>> (Guid id, int? errorLimit, OmsDbContext db, CancellationToken ct)
                => TypedResults.Ok(await ImportJobQueries.GetAsync(db, id, Math.Clamp(errorLimit ?? 1000, 0, 10_000), ct)))
            .RequirePermission(Permissions.NetworkWrite).WithName("GetImport").WithSummary("An import job's status, progress (rows read, accepted, rejected) and row errors")
            .ProducesProblem(404);

        g.MapGet("/", async Task<Ok<CursorPage<ImportJobResponse>>> (string? status, int? limit, string? cursor, OmsDbContext db,
                CancellationToken ct)
                => TypedResults.Ok(await ImportJobQueries.ListAsync(db, QueryValues.Enum<ImportStatus>(status, "status"),
                    PageCursor.Limit(limit), PageCursor.Parse(cursor), ct)))
            .RequirePermission(Permissions.NetworkWrite).WithName("ListImports").WithSummary("Import jobs, newest first, optionally by status (without their row errors), cursor-paged")
            .ProducesValidationProblem();
    }

    /// <summary>The body is a file, not a JSON object the endpoint binds; the handler refuses other media types with a message.</summary>
    private static Task DescribeFileBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The file: CSV with a header row, or a JSON array of objects shaped like the PUT bodies of the resource.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array } },
            },
        };
        return Task.CompletedTask;
    }

    private static ImportFormat FormatOf(string? contentType)
    {
        var media = contentType?.Split(';')[0].Trim();
        if (string.Equals(media, "text/csv", StringComparison.OrdinalIgnoreCase)) return ImportFormat.Csv;
        if (string.Equals(media, "application/json", StringComparison.OrdinalIgnoreCase)) return ImportFormat.Json;
        throw new BadHttpRequestException(
            $"Send the file as text/csv or application/json, not {(string.IsNullOrEmpty(media) ? "without a Content-Type" : media)}.",
            StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>The body as UTF-8 text (a byte order mark is dropped), at most <paramref name="maxMegabytes"/> MB.</summary>
    private static async Task<string> ReadAsync(HttpRequest request, int maxMegabytes, CancellationToken ct)
    {
        var max = (long)Math.Max(1, maxMegabytes) * 1024 * 1024;
        if (request.ContentLength > max) throw TooLarge(maxMegabytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > max) throw TooLarge(maxMegabytes);
            buffer.Write(chunk, 0, n);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new BadHttpRequestException("The file is not UTF-8 text.", StatusCodes.Status400BadRequest);
        }
        if (string.IsNullOrWhiteSpace(text)) throw new BusinessRuleException("file", "The file is empty.");
        // The file is stored as the job's payload: text a database cannot store is refused before that.
        return TextRules.IsStorable(text) ? text
            : throw QueryValues.Invalid("file", $"The file cannot be stored: {TextRules.Problem(text)}");
    }

    private static BadHttpRequestException TooLarge(int maxMegabytes)
        => new($"The file is larger than {maxMegabytes} MB; split it into several imports.", StatusCodes.Status413PayloadTooLarge);
}
