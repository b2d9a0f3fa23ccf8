using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Persistence.Outbox;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Events;
using Oms.Server.Core.Json;
using Oms.Server.Core.Outbox;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Outbox;

public sealed record EventTypeResponse(string Type, int Version, string CloudEventType, string Description, string DataSchema);
