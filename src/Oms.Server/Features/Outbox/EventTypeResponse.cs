namespace Oms.Server.Features.Outbox;

public sealed record EventTypeResponse(string Type, int Version, string CloudEventType, string Description, string DataSchema);
