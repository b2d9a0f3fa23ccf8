using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>A webhook signed by the carrier that its adapter could not read: kept with the reason.</summary>
public sealed record KeepUnreadableCarrierMessage(string Carrier, string Body, string Reason) : ICommand<Guid>;
