using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Returns;

namespace Oms.Persistence.Configurations;

/// <summary>
/// The exchange columns of a return order (its <c>ReturnOrder.Exchange</c> part): null on returns and claims. The replacement
/// order is referred to by id and number, without a foreign key, like the return refers to its order's number.
/// </summary>
internal sealed class ReturnOrderExchangeConfiguration : IEntityTypeConfiguration<ReturnOrder>
{
    public void Configure(EntityTypeBuilder<ReturnOrder> b)
    {
        b.Property(r => r.ReleaseMode).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.ExchangeOrderNumber).HasMaxLength(64);
    }
}
