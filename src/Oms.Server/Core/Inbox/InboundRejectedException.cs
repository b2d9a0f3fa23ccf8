namespace Oms.Server.Core.Inbox;

/// <summary>
/// A message that cannot be used as it is (a field missing or unmapped, a SKU the catalogue does not know): the inbox
/// keeps it as rejected with this reason and field, to be replayed once the mapping or master data is fixed.
/// </summary>
public sealed class InboundRejectedException : Exception
{
    public InboundRejectedException(string? field, string message) : base(message) => Field = field;

    public InboundRejectedException() { }

    public InboundRejectedException(string message) : base(message) { }

    public InboundRejectedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The field of the message to blame (<c>line_items[1].sku</c>), when one is.</summary>
    public string? Field { get; }
}
