using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oms.Domain.Connectors;

namespace Oms.Persistence.Configurations;

internal sealed class EdiDocumentConfiguration : IEntityTypeConfiguration<EdiDocument>
{
    public void Configure(EntityTypeBuilder<EdiDocument> b)
    {
        b.ToTable("EdiDocuments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.DocumentType).HasMaxLength(10);
        b.Property(d => d.Key).HasMaxLength(200);
        b.Property(d => d.Reference).HasMaxLength(100);
        b.Property(d => d.Body).HasMaxLength(InboundMessage.MaxBody);
        b.Property(d => d.FileName).HasMaxLength(200);
        b.HasOne<Connector>().WithMany().HasForeignKey(d => d.ConnectorId).OnDelete(DeleteBehavior.Cascade);
        // X12 control numbers are unique per partner; the same answer is written once.
        b.HasIndex(d => new { d.ConnectorId, d.InterchangeControl }).IsUnique();
        b.HasIndex(d => new { d.ConnectorId, d.Key }).IsUnique();
    }
}
