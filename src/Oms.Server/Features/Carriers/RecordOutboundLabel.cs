using Oms.Domain.Orders;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Carriers;

/// <summary>Keeps the label a carrier made on the fulfilment order; answers the label it has (a label made meanwhile wins).</summary>
public sealed record RecordOutboundLabel(Guid FulfilmentOrderId, ParcelLabel Label) : ICommand<ParcelLabel>;
