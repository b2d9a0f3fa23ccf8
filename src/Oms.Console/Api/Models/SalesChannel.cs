namespace Oms.Ui.Api.Models;

/// <summary>A sales channel that sends orders (GET /api/channels).</summary>
public sealed record SalesChannel(string Code, string Name, string Type, string Currency, bool Enabled, bool AcceptsBackorders,
    bool AllowsAnonymousCustomer);
