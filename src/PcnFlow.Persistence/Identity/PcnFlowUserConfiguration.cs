using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PcnFlow.Persistence.Identity;

internal sealed class PcnFlowUserConfiguration : IEntityTypeConfiguration<PcnFlowUser>
{
    public void Configure(EntityTypeBuilder<PcnFlowUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.NotificationPreference).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.CalendarToken).HasMaxLength(64);
        builder.HasIndex(u => u.CalendarToken).IsUnique();
    }
}
