using FluentValidation;
using Oms.Domain.Common;
using Oms.Domain.Orders;
using Oms.Server.Features.Payments;

namespace Oms.Server.Features.Orders;

/// <summary>An order as a channel sends it. Everything is nullable so that a missing field gets a field error, not a parse error.</summary>
public sealed record CaptureOrderRequest(
    string? Channel,
    string? ChannelOrderId,
    OrderType? Type,
    string? Currency,
    CustomerRequest? Customer,
    AddressRequest? ShippingAddress,
    AddressRequest? BillingAddress,
    string? SellingLocation,
    decimal? ShippingCharge,
    IReadOnlyList<OrderLineRequest>? Lines,
    IReadOnlyList<PaymentRequest>? Payments = null);

public sealed record CustomerRequest(string? Email, string? Name, string? Phone);

public sealed record OrderLineRequest(
    string? Sku,
    int? Quantity,
    decimal? UnitPrice,
    decimal? Discount,
    decimal? Tax,
    string? Currency,
    DeliveryMethod? DeliveryMethod,
    string? PickupLocation,
    AddressRequest? ShippingAddress);

public sealed record AddressRequest(
    string? Name, string? Line1, string? Line2, string? PostalCode, string? City, string? Country,
    string? Phone = null, double? Latitude = null, double? Longitude = null)
{
    public Address ToAddress() => new(Name!, Line1!, Line2, PostalCode!, City!, Country!, Phone, Latitude, Longitude);

    public static AddressRequest? From(Address? a) => a is null ? null
        : new(a.Name, a.Line1, a.Line2, a.PostalCode, a.City, a.Country, a.Phone, a.Latitude, a.Longitude);
}

/// <summary>Shape checks that answer before the handler runs; reference checks (does the SKU exist?) follow in the handler.</summary>
public sealed class CaptureOrderValidator : AbstractValidator<CaptureOrderRequest>
{
    public CaptureOrderValidator()
    {
        RuleFor(r => r.Channel).NotEmpty().WithMessage("channel is required.");
        RuleFor(r => r.ChannelOrderId).NotEmpty().WithMessage("channelOrderId is required: it makes capture idempotent.")
            .MaximumLength(100);
        RuleFor(r => r.Currency).Must(BeCurrency).When(r => r.Currency is not null)
            .WithMessage("currency must be a three-letter ISO 4217 code.");
        RuleFor(r => r.Customer).NotNull().WithMessage("customer is required.");
        RuleFor(r => r.Customer!.Email).NotEmpty().EmailAddress().When(r => r.Customer is not null)
            .WithMessage("customer.email must be an e-mail address.");
        RuleFor(r => r.Customer!.Name).NotEmpty().When(r => r.Customer is not null).WithMessage("customer.name is required.");
        RuleFor(r => r.ShippingAddress!).SetValidator(new AddressValidator()).When(r => r.ShippingAddress is not null);
        RuleFor(r => r.BillingAddress!).SetValidator(new AddressValidator()).When(r => r.BillingAddress is not null);
        RuleFor(r => r.ShippingCharge).GreaterThanOrEqualTo(0).WithMessage("shippingCharge must not be negative.");
        RuleFor(r => r.Lines).NotEmpty().WithMessage("An order needs at least one line.");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).NotEmpty().WithMessage("sku is required.");
            line.RuleFor(l => l.Quantity).NotNull().WithMessage("quantity is required.")
                .GreaterThan(0).WithMessage("quantity must be greater than zero.");
            line.RuleFor(l => l.UnitPrice).NotNull().WithMessage("unitPrice is required.")
                .GreaterThanOrEqualTo(0).WithMessage("unitPrice must not be negative.");
            line.RuleFor(l => l.Discount).GreaterThanOrEqualTo(0).WithMessage("discount must not be negative.");
            line.RuleFor(l => l.Tax).GreaterThanOrEqualTo(0).WithMessage("tax must not be negative.");
            line.RuleFor(l => l.DeliveryMethod).NotNull().WithMessage("deliveryMethod is required (shipToAddress, pickupInStore, carryOut, carrierPickupPoint).");
            line.RuleFor(l => l.ShippingAddress!).SetValidator(new AddressValidator()).When(l => l.ShippingAddress is not null);
            line.RuleFor(l => l.PickupLocation).NotEmpty()
                .When(l => l.DeliveryMethod is Domain.Orders.DeliveryMethod.PickupInStore or Domain.Orders.DeliveryMethod.CarrierPickupPoint)
                .WithMessage("pickupLocation is required for a line picked up in a store or at a carrier point.");
        });
        RuleForEach(r => r.Lines).Where(l => l.DeliveryMethod == Domain.Orders.DeliveryMethod.ShipToAddress)
            .Must((r, l) => l.ShippingAddress is not null || r.ShippingAddress is not null)
            .When(r => r.Lines is not null)
            .WithMessage("A line shipped to an address needs a shippingAddress, on the line or on the order.");
        RuleForEach(r => r.Lines).Must((r, l) => l.Currency is null || r.Currency is null
                || string.Equals(l.Currency.Trim(), r.Currency.Trim(), StringComparison.OrdinalIgnoreCase))
            .When(r => r.Lines is not null)
            .WithMessage((r, l) => $"Line currency {l.Currency} differs from the order currency {r.Currency}: an order has one currency.");
        RuleFor(r => r.Lines).Must(ls => ls!.Select(l => l.Currency?.Trim().ToUpperInvariant()).Where(c => c is not null).Distinct().Count() <= 1)
            .When(r => r.Lines is { Count: > 0 } && r.Currency is null)
            .WithMessage("The lines use more than one currency: an order has one currency.");
        RuleFor(r => r.SellingLocation).NotEmpty()
            .When(r => r.Lines?.Any(l => l.DeliveryMethod == Domain.Orders.DeliveryMethod.CarryOut) == true)
            .WithMessage("sellingLocation (the store of the sale) is required when a line is carried out.");
        RuleForEach(r => r.Payments).SetValidator(new PaymentRequestValidator()).When(r => r.Payments is not null);
        RuleFor(r => r.Payments).Must(ps => ps!.All(p => p.Amount is not null)).When(r => r.Payments is { Count: > 1 })
            .WithMessage("With more than one payment, each must give its amount (together they pay the order total).");
    }

    private static bool BeCurrency(string? c) => c is not null && c.Trim().Length == 3 && c.Trim().All(char.IsAsciiLetter);
}

public sealed class AddressValidator : AbstractValidator<AddressRequest>
{
    public AddressValidator()
    {
        RuleFor(a => a.Name).NotEmpty();
        RuleFor(a => a.Line1).NotEmpty();
        RuleFor(a => a.PostalCode).NotEmpty();
        RuleFor(a => a.City).NotEmpty();
        RuleFor(a => a.Country).NotEmpty().Length(2).WithMessage("country must be a two-letter ISO 3166 code.");
        RuleFor(a => a.Latitude).InclusiveBetween(-90, 90);
        RuleFor(a => a.Longitude).InclusiveBetween(-180, 180);
        RuleFor(a => a).Must(a => a.Latitude.HasValue == a.Longitude.HasValue).WithName("latitude")
            .WithMessage("Give both latitude and longitude, or neither.");
    }
}
