namespace Oms.Domain.Returns;

/// <summary>
/// What a receipt or an inspection does to stock at a location, for the caller to apply in the same transaction.
/// <see cref="Quantity"/> is signed: positive units come in, negative units leave the bucket (an inspected unit leaves the
/// unsellable bucket before it enters the sellable one, or leaves it for good when written off).
/// </summary>
/// <param name="Sellable">True for sellable on-hand stock (sourcing may use it at once); false for held, unsellable stock.</param>
public sealed record ReturnStockEffect(string LocationCode, string Sku, int Quantity, bool Sellable, string Reason);
