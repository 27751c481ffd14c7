using System.Text.Json;
using Ivr.Server.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Planning.Plans;

/// <summary>Reads the newest plan version and saves a new one, audited (<c>planning.plan</c>, subject <c>plan:vN</c>).</summary>
public sealed class PlanStore(PlanningDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<PlanView> CurrentAsync(CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().OrderByDescending(row => row.Version).FirstOrDefaultAsync(cancellationToken) is { } row
            ? new PlanView(row.Version, row.Note, row.CreatedBy, row.CreatedAt, Parse(row.Content))
            : new PlanView(0, null, null, null, new StaffingPlan()); // a new one each time: callers change it to save

    /// <summary>The newest version's number (0 before the first save), without its content.</summary>
    public async Task<int> VersionAsync(CancellationToken cancellationToken) =>
        await db.Plans.MaxAsync(row => (int?)row.Version, cancellationToken) ?? 0;

    public Task<List<PlanVersionSummary>> VersionsAsync(CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().OrderByDescending(row => row.Version)
            .Select(row => new PlanVersionSummary(row.Version, row.Note, row.CreatedBy, row.CreatedAt)).ToListAsync(cancellationToken);

    /// <summary>Saves <paramref name="plan"/> as the version after <paramref name="after"/>; null when someone saved that version first.</summary>
    public async Task<PlanView?> SaveAsync(int after, StaffingPlan plan, string? note, string by, string details, CancellationToken cancellationToken)
    {
        var row = new PlanVersion
        {
            Version = after + 1, Content = JsonSerializer.Serialize(plan, JsonSerializerOptions.Web), Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedBy = by, CreatedAt = clock.GetUtcNow(),
        };
        db.Plans.Add(row);
        try
        {
            await audit.SaveChangesAsync(db, "planning.plan", $"plan:v{row.Version}", details, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        return new PlanView(row.Version, row.Note, row.CreatedBy, row.CreatedAt, plan);
    }

    private static StaffingPlan Parse(string json)
    {
        var plan = JsonSerializer.Deserialize<StaffingPlan>(json, JsonSerializerOptions.Web) ?? new StaffingPlan();
        // The comparers are not part of the JSON.
        plan.Template = new Dictionary<string, int[][]>(plan.Template, StringComparer.Ordinal);
        plan.Exceptions = new SortedDictionary<string, Dictionary<string, int[]>>(plan.Exceptions, StringComparer.Ordinal);
        return plan;
    }
}
