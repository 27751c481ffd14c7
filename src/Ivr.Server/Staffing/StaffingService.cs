using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Acd.Routing;
using Ivr.Server.Accounts;
using Ivr.Server.Auditing;
using Ivr.Server.Queueing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Staffing;

/// <summary>
/// Changes counselors' languages and levels: saved in PostgreSQL, audited, and applied to the live ACD profile so the
/// next match uses them (also while the counselor is signed in).
/// </summary>
public sealed class StaffingService(StaffingDbContext db, AcdEngine engine, AuditLog audit, CounselorLink links, IOptions<AcdOptions> acd, AccountAdministration accounts)
{
    public async Task<IReadOnlyList<CounselorView>> ListAsync(CancellationToken cancellationToken)
    {
        var counselors = await db.Counselors.AsNoTracking().OrderBy(counselor => counselor.Id).ToListAsync(cancellationToken);
        var live = await Task.WhenAll(counselors.Select(counselor => engine.GetCounselorAsync(counselor.Id)));
        return counselors.Select((counselor, index) => View(counselor, live[index])).ToList();
    }

    public async Task<CounselorView?> GetAsync(string id, CancellationToken cancellationToken) =>
        await db.Counselors.AsNoTracking().SingleOrDefaultAsync(counselor => counselor.Id == id, cancellationToken) is { } counselor
            ? View(counselor, await engine.GetCounselorAsync(id))
            : null;

    /// <returns>Validation errors, or none when saved and applied.</returns>
    public async Task<Dictionary<string, string[]>> UpsertAsync(string id, CounselorRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request.Skills);
        if (!CounselorIds.IsValid(id))
        {
            errors["id"] = [CounselorIds.Rule];
        }
        if (request.Teams?.Where(team => !RoutingTag.IsValid(team)).ToList() is [_, ..] invalid)
        {
            errors["teams"] = [$"teams must be {RoutingTag.Rule}: {string.Join(", ", invalid)}"];
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var counselor = await db.Counselors.SingleOrDefaultAsync(existing => existing.Id == id, cancellationToken);
        var created = counselor is null;
        counselor ??= db.Counselors.Add(new Counselor { Id = id, DisplayName = request.DisplayName }).Entity;
        var linkedBefore = counselor.UserId;
        counselor.DisplayName = request.DisplayName;
        counselor.UserId = request.UserId;
        counselor.Teams = request.Teams ?? [];
        counselor.WrapUpSeconds = request.WrapUpSeconds;
        SetSkills(counselor, request.Skills);
        // Who may act as this counselor: the staff account before and after, when it changed.
        AuditNote[] link = linkedBefore == counselor.UserId ? [] : [new("counselor.account-link", id, $"{linkedBefore ?? "none"} -> {counselor.UserId ?? "none"}")];
        await SaveAndApplyAsync(counselor, created ? "counselor.create" : "counselor.update", cancellationToken, link);
        return errors;
    }

    public async Task<DeleteOutcome> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var counselor = await db.Counselors.SingleOrDefaultAsync(existing => existing.Id == id, cancellationToken);
        if (counselor is null)
        {
            return DeleteOutcome.NotFound;
        }
        var removed = await engine.RemoveCounselorAsync(id);
        if (removed.Outcome == PresenceOutcome.Refused)
        {
            return DeleteOutcome.SignedIn;
        }
        db.Counselors.Remove(counselor);
        await audit.SaveChangesAsync(db, "counselor.delete", id, cancellationToken: cancellationToken);
        links.Changed();
        // The login of a counselor who left must not keep working.
        if (counselor.UserId is { } userId)
        {
            await accounts.DisableAsync(userId, $"counselor {id} deleted");
        }
        return DeleteOutcome.Deleted;
    }

    public async Task<Dictionary<string, string[]>?> MoveAsync(string id, MoveRequest move, CancellationToken cancellationToken)
    {
        var counselor = await db.Counselors.SingleOrDefaultAsync(existing => existing.Id == id, cancellationToken);
        if (counselor is null)
        {
            return null;
        }
        var skills = counselor.SkillMap().ToDictionary();
        if (!skills.Remove(move.From, out var fromLevel))
        {
            return new() { ["from"] = [$"Counselor {id} does not take {move.From}."] };
        }
        skills[move.To] = move.Level ?? fromLevel;
        var errors = Validate(skills);
        if (errors.Count == 0)
        {
            SetSkills(counselor, skills);
            await SaveAndApplyAsync(counselor, $"counselor.move {move.From}->{move.To}", cancellationToken);
        }
        return errors;
    }

    public async Task<(IReadOnlyList<string> Moved, Dictionary<string, string[]> Errors)> BulkMoveAsync(BulkMoveRequest move, CancellationToken cancellationToken)
    {
        var errors = Validate(new Dictionary<string, int> { [move.Speaks] = move.MinimumLevel, [move.To] = move.Level ?? 1 });
        if (errors.Count > 0)
        {
            return ([], errors);
        }
        var counselors = await db.Counselors
            .Where(counselor => counselor.Skills.Any(skill => skill.Language == move.Speaks && skill.Level >= move.MinimumLevel))
            .ToListAsync(cancellationToken);
        foreach (var counselor in counselors)
        {
            var skills = move.Exclusive ? [] : counselor.SkillMap().ToDictionary();
            skills[move.To] = move.Level ?? counselor.SkillMap()[move.Speaks];
            SetSkills(counselor, skills);
            await SaveAndApplyAsync(counselor, $"counselor.bulk-move {move.Speaks}>={move.MinimumLevel}->{move.To}{(move.Exclusive ? " only" : "")}", cancellationToken);
        }
        return (counselors.Select(counselor => counselor.Id).ToList(), errors);
    }

    public async Task<IReadOnlyList<LanguageStatistics>> StatisticsAsync() =>
        await Task.WhenAll(engine.Languages.Order().Select(engine.GetStatisticsAsync));

    private async Task SaveAndApplyAsync(Counselor counselor, string action, CancellationToken cancellationToken, params AuditNote[] more)
    {
        var skills = string.Join(", ", counselor.Skills.Select(skill => $"{skill.Language}:{skill.Level}"));
        await audit.SaveChangesAsync(db, [new AuditNote(action, counselor.Id, skills), .. more], cancellationToken);
        links.Changed();
        await engine.UpsertCounselorAsync(ToProfile(counselor));
    }

    internal static CounselorProfile ToProfile(Counselor counselor) => new(counselor.Id, counselor.SkillMap())
    {
        Teams = counselor.Teams,
        WrapUp = counselor.WrapUpSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
    };

    private static void SetSkills(Counselor counselor, IReadOnlyDictionary<string, int> skills)
    {
        counselor.Skills.RemoveAll(skill => !skills.ContainsKey(skill.Language));
        foreach (var (language, level) in skills)
        {
            var skill = counselor.Skills.Find(existing => existing.Language == language);
            if (skill is null)
            {
                counselor.Skills.Add(new CounselorSkill { Language = language, Level = level });
            }
            else
            {
                skill.Level = level;
            }
        }
    }

    private Dictionary<string, string[]> Validate(IReadOnlyDictionary<string, int> skills)
    {
        var served = engine.Languages.ToHashSet();
        var errors = new Dictionary<string, string[]>();
        foreach (var (language, level) in skills)
        {
            if (!served.Contains(language))
            {
                errors[$"skills.{language}"] = [$"'{language}' is not a language this center serves ({acd.Value.ContactCenter})."];
            }
            else if (level is < 1 or > 5)
            {
                errors[$"skills.{language}"] = ["Proficiency must be between 1 and 5."];
            }
        }
        return errors;
    }

    private static CounselorView View(Counselor counselor, CounselorStatus? live) => new(
        counselor.Id, counselor.DisplayName, counselor.UserId, counselor.SkillMap(), counselor.Teams, counselor.WrapUpSeconds,
        (live?.State ?? CounselorState.Offline).ToString(), live?.BreakReason, live?.NoAnswersInARow ?? 0);
}

public enum DeleteOutcome
{
    Deleted,
    NotFound,
    SignedIn,
}
