namespace Oms.Server.Features.Returns.Customer;

/// <summary>A reason of the active return policy, as a customer chooses it.</summary>
public sealed record CustomerReturnReason(string Code, string Description);
