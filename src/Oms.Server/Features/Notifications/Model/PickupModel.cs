namespace Oms.Server.Features.Notifications.Model;

/// <summary>Goods waiting in a store: where, until when (the store's local time) and which lines.</summary>
public sealed record PickupModel(StoreModel Store, DateTimeOffset? ExpiresAt, IReadOnlyList<LineModel> Lines);
