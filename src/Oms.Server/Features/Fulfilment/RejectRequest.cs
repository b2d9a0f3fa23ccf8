using Microsoft.AspNetCore.Http.HttpResults;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Fulfilment;

/// <summary>Which lines the location cannot fulfil and why (item not found, damaged).</summary>
[RequiredFields]
public sealed record RejectRequest(IReadOnlyList<Guid>? LineIds, string? Reason);
