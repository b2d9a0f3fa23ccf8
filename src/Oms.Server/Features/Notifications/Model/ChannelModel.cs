namespace Oms.Server.Features.Notifications.Model;

public sealed record ChannelModel(string Code, string Name);
