using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Inventory;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Inventory;

[RequiredFields("location", "sku", "quantity", "expectedAt")]
public sealed record ExpectedReceiptRequest(string? Location, string? Sku, int? Quantity, DateTime? ExpectedAt, string? Reference);
