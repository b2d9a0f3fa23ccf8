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

/// <param name="TemplateKey">Where the template came from (<c>web:shipped</c>, <c>*:shipped</c>); version 0 is the built-in one.</param>
public sealed record NotificationPreviewResponse(string Notification, string TemplateKey, int Version, bool Enabled, string? Order,
    string? To, string Subject, string Text, string? Html);
