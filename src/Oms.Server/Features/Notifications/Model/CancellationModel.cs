namespace Oms.Server.Features.Notifications.Model;

/// <summary>Why the order was cancelled and the lines that were.</summary>
public sealed record CancellationModel(string? Reason, IReadOnlyList<LineModel> Lines);
