using Ivr.Acd.Engine;
using Ivr.Acd.Model;
using Ivr.Server.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Lawyers;

/// <summary>
/// The counselors who could interpret a session in a language: those whose skills (Staffing, the source of the ACD's
/// profiles) name it, most proficient first, then by id; with their live state in the ACD, signed-in ones first.
/// </summary>
public sealed class InterpreterPicker(IServiceScopeFactory scopes, AcdEngine engine)
{
    /// <returns>The candidates signed in (available first, then busy ones), never one in <paramref name="except"/>.</returns>
    public async Task<IReadOnlyList<CounselorStatus>> CandidatesAsync(string language, IReadOnlyCollection<string> except, CancellationToken cancellationToken)
    {
        List<string> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<StaffingDbContext>().Counselors.AsNoTracking()
                .SelectMany(counselor => counselor.Skills.Where(skill => skill.Language == language), (counselor, skill) => new { counselor.Id, skill.Level })
                .OrderByDescending(row => row.Level).ThenBy(row => row.Id).Select(row => row.Id).ToListAsync(cancellationToken);
        }
        var candidates = new List<CounselorStatus>();
        foreach (var id in ids.Where(id => !except.Contains(id)))
        {
            if (await engine.GetCounselorAsync(id) is { State: not CounselorState.Offline } status && status.Skills.ContainsKey(language))
            {
                candidates.Add(status);
            }
        }
        // Stable: among equals the order above (proficiency, id) stays.
        return [.. candidates.OrderBy(status => status.State == CounselorState.Available ? 0 : 1)];
    }
}
