namespace Oms.Persistence;

/// <summary>
/// A command sent with an Idempotency-Key: the request's hash and the resource it created. Written in the same
/// transaction as the command's effects; the key is the primary key, so two racing requests cannot both win. A replay
/// answers with the resource as it stands now.
/// </summary>
public sealed class IdempotencyRecord
{
    public IdempotencyRecord(string key, string requestHash, int statusCode, Guid resourceId, DateTime createdAt)
    {
        Key = key;
        RequestHash = requestHash;
        StatusCode = statusCode;
        ResourceId = resourceId;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; }
    public string RequestHash { get; private set; }
    public int StatusCode { get; private set; }
    public Guid ResourceId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
