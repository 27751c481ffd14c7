using Ivr.Server.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.FollowUps;

/// <summary>
/// The tasks counselors work: open and claimed tasks of some languages, oldest first; a claim (one counselor per
/// task) and a close with a disposition, each saved with its audit entry, and each losing a race to another
/// counselor refused (the row's version) rather than applied twice.
/// </summary>
public sealed class FollowUpStore(FollowUpsDbContext db, AuditLog audit, IEnumerable<IFollowUpObserver> observers, FollowUpMetrics metrics, TimeProvider clock)
{
    /// <param name="languages">Null: every language (supervisors and operations).</param>
    public async Task<IReadOnlyList<FollowUpView>> ListAsync(IReadOnlySet<string>? languages, CancellationToken cancellationToken)
    {
        var tasks = db.Tasks.AsNoTracking().Where(task => task.State != FollowUpStates.Done && task.ExpiredAt == null);
        if (languages is not null)
        {
            var codes = languages.ToList();
            tasks = tasks.Where(task => codes.Contains(task.Language));
        }
        var rows = await tasks.OrderBy(task => task.CreatedAt).ThenBy(task => task.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(FollowUpView.Of)];
    }

    public Task<FollowUpResult> ClaimAsync(Guid id, string counselorId, IReadOnlySet<string> languages, CancellationToken cancellationToken) =>
        ChangeAsync(id, languages, task => task.State == FollowUpStates.Open || (task.State == FollowUpStates.Claimed && task.ClaimedBy == counselorId),
            task =>
            {
                task.State = FollowUpStates.Claimed;
                task.ClaimedBy = counselorId;
                task.ClaimedAt ??= clock.GetUtcNow();
                return new AuditNote("followup.claim", task.Id.ToString(), $"{task.Kind} {task.Language}; counselor {counselorId}");
            }, cancellationToken);

    /// <summary>Closes an open task, or one this counselor claimed; a task another counselor claimed stays theirs.</summary>
    public async Task<FollowUpResult> CompleteAsync(Guid id, string counselorId, FollowUpDoneRequest request, IReadOnlySet<string> languages, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(id, languages, task => task.State == FollowUpStates.Open || (task.State == FollowUpStates.Claimed && task.ClaimedBy == counselorId),
            task =>
            {
                var now = clock.GetUtcNow();
                task.State = FollowUpStates.Done;
                task.ClaimedBy ??= counselorId;
                task.ClaimedAt ??= now;
                task.Disposition = request.Disposition;
                task.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
                task.DoneBy = counselorId;
                task.DoneAt = now;
                return new AuditNote("followup.done", task.Id.ToString(), $"{task.Kind} {task.Language}; counselor {counselorId}; {request.Disposition}");
            }, cancellationToken);
        if (result.Outcome == FollowUpOutcome.Done)
        {
            metrics.Closed(result.Task!);
        }
        return result;
    }

    /// <summary>
    /// Puts a claimed task back in the open list: the counselor's own claim, or, with no counselor (a supervisor), anyone's.
    /// An open or closed task, or another counselor's claim, is a conflict (answered with the task as it is).
    /// </summary>
    public Task<FollowUpResult> ReleaseAsync(Guid id, string? counselorId, IReadOnlySet<string>? languages, CancellationToken cancellationToken) =>
        ChangeAsync(id, languages, task => task.State == FollowUpStates.Claimed && (counselorId is null || task.ClaimedBy == counselorId),
            task =>
            {
                var note = new AuditNote("followup.release", task.Id.ToString(), $"{task.Kind} {task.Language}; claimed by {task.ClaimedBy}");
                task.State = FollowUpStates.Open;
                task.ClaimedBy = null;
                task.ClaimedAt = null;
                return note;
            }, cancellationToken);

    private async Task<FollowUpResult> ChangeAsync(Guid id, IReadOnlySet<string>? languages, Func<FollowUpTask, bool> allowed, Func<FollowUpTask, AuditNote> change,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(id, languages, cancellationToken) is not { } task)
        {
            return new FollowUpResult(FollowUpOutcome.NotFound, null);
        }
        if (!allowed(task))
        {
            return new FollowUpResult(FollowUpOutcome.Conflict, FollowUpView.Of(task));
        }
        var note = change(task);
        try
        {
            await audit.SaveChangesAsync(db, note.Action, note.Subject, note.Details, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another counselor's claim or close came first: answer with the task as they left it.
            db.ChangeTracker.Clear();
            return new FollowUpResult(FollowUpOutcome.Conflict, FollowUpView.Of((await FindAsync(id, languages, cancellationToken))!));
        }
        foreach (var observer in observers)
        {
            await observer.FollowUpsChangedAsync(task.Language, cancellationToken);
        }
        return new FollowUpResult(FollowUpOutcome.Done, FollowUpView.Of(task));
    }

    /// <summary>The task, if it is one of <paramref name="languages"/> (null: of any) and its data is still kept.</summary>
    public Task<FollowUpTask?> FindAsync(Guid id, IReadOnlySet<string>? languages, CancellationToken cancellationToken)
    {
        var tasks = db.Tasks.Where(task => task.Id == id && task.ExpiredAt == null);
        if (languages is not null)
        {
            var codes = languages.ToList();
            tasks = tasks.Where(task => codes.Contains(task.Language));
        }
        return tasks.FirstOrDefaultAsync(cancellationToken);
    }
}
