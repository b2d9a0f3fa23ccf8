namespace Oms.Payments.Sandbox;

/// <summary>A test token's answer: the behaviour and, for a decline, Stripe's decline code and message.</summary>
public sealed record SandboxCard(SandboxBehaviour Behaviour, string? DeclineCode = null, string? Message = null);
