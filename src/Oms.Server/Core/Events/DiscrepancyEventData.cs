namespace Oms.Server.Core.Events;

/// <summary>The books and the shelf disagree: the location is asked to recount.</summary>
public sealed record DiscrepancyEventData(Guid Id, string Sku, string Location, string Reason, int OnHand, int Reserved);
