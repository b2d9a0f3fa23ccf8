using System.Text.Json.Serialization;
using Oms.Domain.Payments;
using Oms.Domain.Returns;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Core.Configuration.Documents.Returns;

/// <summary>How refunds go back.</summary>
/// <param name="Route"><c>originalInstruments</c> (in <c>methodOrder</c>), <c>storeCredit</c> or <c>cashAtTill</c>.</param>
/// <param name="MethodOrder">Payment methods in the order they are refunded, each at most once; methods not listed come
/// after; left out: cards first, gift cards and store credit last.</param>
[RequiredFields("route")]
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RefundSettingsDocument(RefundRoute? Route, IReadOnlyList<PaymentMethod>? MethodOrder = null);
