using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Catalog;

namespace Oms.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("Products");
        b.HasKey(p => p.Sku);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Category).HasMaxLength(Product.MaxCategoryLength);
    }
}
