namespace Oms.Server.Features.Notifications.Model;

/// <summary>A store (or carrier point); <see cref="OpeningHours"/> is empty when its hours are not known.</summary>
public sealed record StoreModel(string Code, string Name, AddressModel? Address, IReadOnlyList<OpeningDayModel> OpeningHours);
