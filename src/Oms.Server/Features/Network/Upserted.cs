namespace Oms.Server.Features.Network;

/// <summary>The record after a create-or-update, and whether it was created.</summary>
public sealed record Upserted<T>(T Record, bool Created);
