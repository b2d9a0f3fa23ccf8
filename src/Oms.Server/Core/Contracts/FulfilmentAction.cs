namespace Oms.Server.Core.Contracts;

/// <summary>What a fulfilling location reports about a fulfilment order.</summary>
public enum FulfilmentAction { Release, Pick, Pack, Ship, ReadyForPickup, Collect }
