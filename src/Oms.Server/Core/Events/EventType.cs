namespace Oms.Server.Core.Events;

/// <summary>One type of the event catalogue: its name, version, what it means and the shape of its data.</summary>
public sealed record EventType(string Type, int Version, string Description, Type DataType);
