using Microsoft.AspNetCore.Http.Metadata;

namespace Oms.Server.Web.Hardening;

/// <summary>Marks an endpoint whose body is a file (an import, a postal-code table, a stock snapshot): the upload limit applies.</summary>
public static class RequestSizeLimits
{
    public static TBuilder AcceptsUpload<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(UploadMetadata.Instance);

    /// <summary>The limit for a request to <paramref name="endpoint"/>: its own declaration, the upload limit, else the JSON one.</summary>
    internal static long For(Endpoint? endpoint, RequestLimitOptions options)
    {
        var declared = endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        return declared switch
        {
            UploadMetadata => options.MaxUploadBytes,
            { MaxRequestBodySize: { } bytes } => bytes,
            not null => long.MaxValue,
            null => options.MaxBodyBytes,
        };
    }

    /// <summary>Resolved to <see cref="RequestLimitOptions.MaxUploadBytes"/> per request, so that configuration decides it.</summary>
    internal sealed class UploadMetadata : IRequestSizeLimitMetadata
    {
        public static readonly UploadMetadata Instance = new();

        public long? MaxRequestBodySize => null;
    }
}
