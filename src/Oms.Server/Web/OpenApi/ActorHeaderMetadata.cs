namespace Oms.Server.Web.OpenApi;

/// <summary>Endpoint metadata: the operation reads <c>X-Actor</c> (<see cref="ActorHeader"/>) and records who acted.</summary>
public sealed class ActorHeaderMetadata
{
    public static readonly ActorHeaderMetadata Instance = new();

    private ActorHeaderMetadata() { }
}

public static class ActorHeaderMetadataExtensions
{
    /// <summary>Documents <c>X-Actor</c> on the operation; mark every endpoint that calls <see cref="ActorHeader.From"/>.</summary>
    public static TBuilder ReadsActor<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(ActorHeaderMetadata.Instance);
}
