using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Configuration;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Orders;
using Oms.Server.Features.Notifications.Model;
using Oms.Server.Web;
using Oms.Server.Web.OpenApi;

namespace Oms.Server.Features.Notifications;

public sealed record NotificationTemplatesResponse(IReadOnlyList<NotificationResponse> Notifications,
    IReadOnlyList<ActiveTemplateResponse> Active);
