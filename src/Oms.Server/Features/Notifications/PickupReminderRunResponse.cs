using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Messaging.Mail;
using Oms.Persistence;
using Oms.Server.Core.Commands;
using Oms.Server.Core.Contracts;
using Oms.Server.Core.Scheduling;

namespace Oms.Server.Features.Notifications;

public sealed record PickupReminderRunResponse(int Reminders, IReadOnlyList<string> Orders);
