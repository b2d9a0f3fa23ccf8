using System.Text.Json.Nodes;
using Oms.Domain.Connectors;

namespace Oms.Server.Features.Connectors;

/// <summary>A connector with its health; the names of its secrets, never their values.</summary>
public sealed record ConnectorResponse(Guid Id, string Code, ConnectorKind Kind, string Channel, bool Enabled, string? PausedReason,
    JsonObject Settings, IReadOnlyList<string> SecretsSet, ConnectorMapping Mapping, ConnectorHealth Health, DateTime CreatedAt,
    DateTime UpdatedAt, string UpdatedBy);

/// <summary>
/// How a connector is doing. <see cref="Status"/>: <c>healthy</c>, <c>failing</c> (its last calls to the channel failed),
/// <c>lagging</c> (messages wait longer than a minute, or a pull connector has not polled for three intervals) or
/// <c>paused</c>. <see cref="LagSeconds"/>: how long the oldest unhandled message has waited (0 when none).
/// </summary>
public sealed record ConnectorHealth(string Status, double LagSeconds, int Waiting, int AcceptedLastDay, int RejectedLastDay,
    DateTime? LastReceivedAt, DateTime? LastPolledAt, DateTime? LastSentAt, DateTime? LastErrorAt, string? LastError,
    int ConsecutiveErrors, string? Cursor, DateTime? AvailabilityCheckedAt);
