namespace Oms.Server.Features.Pickups;

public sealed record PickupSweepResponse(int ExpiredLines, IReadOnlyList<string> Orders);
