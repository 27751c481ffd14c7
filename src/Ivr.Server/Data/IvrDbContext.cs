using Ivr.Server.Authorization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Data;

public sealed class IvrDbContext(DbContextOptions<IvrDbContext> options)
    : IdentityDbContext<IvrUser>(options), IDataProtectionKeyContext
{
    // Shared by every server instance, so a cookie or token issued by one is accepted by all.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<IvrUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<IdentityRole>().HasData(Authorization.Roles.All.Select(role =>
            new IdentityRole { Id = role, Name = role, NormalizedName = role.ToUpperInvariant(), ConcurrencyStamp = role }));
        builder.Entity<AuditEntry>(audit =>
        {
            audit.Property(entry => entry.Actor).HasMaxLength(256);
            audit.Property(entry => entry.Action).HasMaxLength(128);
            audit.Property(entry => entry.Subject).HasMaxLength(256);
            audit.HasIndex(entry => entry.At);
        });
    }
}
