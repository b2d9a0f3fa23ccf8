using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Features.Returns.Customer;

/// <summary>
/// A return the customer starts on the order-status page, authorised by the same proof as the page (the order number with
/// the order's e-mail address or a postal code it was sent to), not by an account. Lines are named by their line number
/// as the page shows them. <c>method</c>: <c>shipToLocation</c> (default: the parcel goes to the central DC) or
/// <c>handInAtStore</c> with the <c>store</c> it is handed in at.
/// </summary>
[RequiredFields("number", "lines", "reason")]
public sealed record CustomerReturnRequest(string? Number, string? Email, string? PostalCode, IReadOnlyList<CustomerReturnLine>? Lines,
    string? Reason, ReturnMethod? Method = null, string? Store = null, string? Note = null);
