using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Inventory;

[RequiredFields]
public sealed record ReceiveRequest(int? Quantity);
