namespace Oms.Persistence;

/// <summary>
/// The stored answer to a command sent with an Idempotency-Key. Written in the same transaction as the
/// command's effects; the key is the primary key, so two racing requests cannot both win.
/// </summary>
public sealed class IdempotencyRecord
{
    public IdempotencyRecord(string key, string requestHash, int statusCode, string responseBody, string? location, DateTime createdAt)
    {
        Key = key;
        RequestHash = requestHash;
        StatusCode = statusCode;
        ResponseBody = responseBody;
        Location = location;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; }
    public string RequestHash { get; private set; }
    public int StatusCode { get; private set; }
    public string ResponseBody { get; private set; }
    public string? Location { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
