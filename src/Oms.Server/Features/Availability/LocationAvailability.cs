using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;
using Microsoft.Extensions.Options;
using Oms.Domain.Orders;
using Oms.Domain.Sourcing;
using Oms.Server.Core;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Geocoding;
using Oms.Server.Core.Sourcing;
using Oms.Server.Web;

namespace Oms.Server.Features.Availability;

public sealed record LocationAvailability(string Location, string Name, LocationType Type, int AvailableToSell, double? DistanceKm);
