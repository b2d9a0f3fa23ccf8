using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Oms.Domain.Audit;
using Oms.Domain.Catalog;
using Oms.Domain.Configuration;
using Oms.Domain.Customers;
using Oms.Domain.Imports;
using Oms.Domain.Geocoding;
using Oms.Domain.Inventory;
using Oms.Domain.Network;
using Oms.Domain.Orders;
using Oms.Domain.Webhooks;

namespace Oms.Persistence;

public sealed class PostgresOmsDbContext(DbContextOptions<PostgresOmsDbContext> options) : OmsDbContext(options);
