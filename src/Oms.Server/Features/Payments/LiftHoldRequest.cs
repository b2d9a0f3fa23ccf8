using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Payments;

[RequiredFields("reason")]
public sealed record LiftHoldRequest(string? Reason);
