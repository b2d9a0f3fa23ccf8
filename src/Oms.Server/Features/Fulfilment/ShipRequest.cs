using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Fulfilment;

[RequiredFields("carrier", "trackingNumber")]
public sealed record ShipRequest(string? Carrier, string? TrackingNumber, IReadOnlyList<Guid>? LineIds);
