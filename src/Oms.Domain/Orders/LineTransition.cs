namespace Oms.Domain.Orders;

/// <summary>One legal move of a <see cref="LineLifecycle"/>: <see cref="Action"/> takes a line from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record LineTransition(LineStatus From, LineAction Action, LineStatus To);
