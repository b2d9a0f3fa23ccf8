using Oms.Domain.Returns;
using Oms.Server.Core.Commands;

namespace Oms.Server.Features.Returns.Exchanges;

/// <summary>The goods of an exchange are in: lift its order's awaiting-return hold (nothing when there is none).</summary>
public sealed record ReleaseExchangeOrder(Guid ReturnId) : ICommand<ReturnOrder>;
