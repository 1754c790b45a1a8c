using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PcnFlow.Persistence.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(m => m.Key).HasMaxLength(300);
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.To).HasMaxLength(2000);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.InstanceId).HasMaxLength(64);
        builder.Property(m => m.JobId).HasMaxLength(64);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.RecipientUserId, m.Status });
    }
}

internal sealed class InAppNotificationConfiguration : IEntityTypeConfiguration<InAppNotification>
{
    public void Configure(EntityTypeBuilder<InAppNotification> builder)
    {
        builder.ToTable("InAppNotifications");
        builder.Property(n => n.Key).HasMaxLength(300);
        builder.Property(n => n.Title).HasMaxLength(500);
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}
