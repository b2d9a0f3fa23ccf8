using Oms.Ui.Api.Models;

namespace Oms.Ui.Components.Shared;

/// <summary>What an order action came to: the order as the API now has it (when it changed), and the words to show.</summary>
public sealed record ActionOutcome(Order? Order, string? Done, string? Problem);
