using Ivr.Server.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>The roster as operations staff keep it (each change audited with it), and the free slots counselors book from.</summary>
public sealed class LawyerRoster(LawyersDbContext db, SlotCalendar calendar, AuditLog audit, TimeProvider clock)
{
    /// <summary>How far ahead the booking form offers slots.</summary>
    public const int MaxDaysAhead = 60;

    public async Task<IReadOnlyList<Lawyer>> ListAsync(CancellationToken cancellationToken) =>
        await db.Lawyers.AsNoTracking().OrderBy(lawyer => lawyer.Name).ToListAsync(cancellationToken);

    public Task<Lawyer?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Lawyers.AsNoTracking().FirstOrDefaultAsync(lawyer => lawyer.Id == id, cancellationToken);

    public async Task<Lawyer> CreateAsync(LawyerRequest request, CancellationToken cancellationToken)
    {
        var lawyer = new Lawyer { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = "", Phone = "" };
        request.ApplyTo(lawyer);
        db.Lawyers.Add(lawyer);
        await audit.SaveChangesAsync(db, "lawyer.create", lawyer.Id.ToString(), Describe(lawyer), cancellationToken);
        return lawyer;
    }

    /// <summary>The lawyer replaced by <paramref name="request"/>; null when there is none. Their bookings stay as they are.</summary>
    public async Task<Lawyer?> UpdateAsync(Guid id, LawyerRequest request, CancellationToken cancellationToken)
    {
        if (await db.Lawyers.FirstOrDefaultAsync(lawyer => lawyer.Id == id, cancellationToken) is not { } lawyer)
        {
            return null;
        }
        request.ApplyTo(lawyer);
        await audit.SaveChangesAsync(db, "lawyer.update", lawyer.Id.ToString(), Describe(lawyer), cancellationToken);
        return lawyer;
    }

    /// <summary>Free slots of active lawyers advising on <paramref name="topic"/> (any when null) in the next <paramref name="days"/> days.</summary>
    public async Task<IReadOnlyList<FreeSlot>> FreeSlotsAsync(string language, string? topic, int days, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(days + 1);
        var lawyers = (await db.Lawyers.AsNoTracking().Where(lawyer => lawyer.Active).ToListAsync(cancellationToken))
            .Where(lawyer => topic is null || lawyer.Topics.Contains(topic)).ToList();
        var booked = (await db.Bookings.AsNoTracking().Where(row => row.State == BookingStates.Booked && row.StartsAt > now && row.StartsAt < until)
            .Select(row => new { row.LawyerId, row.StartsAt }).ToListAsync(cancellationToken))
            .Select(row => (row.LawyerId, row.StartsAt.ToUniversalTime())).ToHashSet();
        return [.. lawyers.SelectMany(lawyer => calendar.Upcoming(lawyer, now, days)
                .Where(slot => !booked.Contains((lawyer.Id, slot.Start)))
                .Select(slot => new FreeSlot(lawyer.Id, lawyer.Name, slot.Start, slot.End, lawyer.Languages.Contains(language), lawyer.Topics)))
            .OrderBy(slot => slot.StartsAt).ThenByDescending(slot => slot.Direct)];
    }

    // The audit names what changed, not the lawyer's number.
    private static string Describe(Lawyer lawyer) =>
        $"{lawyer.Name}: {string.Join(",", lawyer.Languages)}; {lawyer.Slots.Count} slots; {(lawyer.Active ? "active" : "inactive")}";
}
