using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Persistence;
using Oms.Server.Core;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Release;

public sealed record ReleaseSweepResponse(int Released, IReadOnlyList<string> Orders);
