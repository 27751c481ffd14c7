using Ivr.Server.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Planning;

/// <summary>
/// The teams a pooled requirement is for, read from staffing: counselors who answer the same two or more languages
/// (their skills) form one team, whose languages could share a queue. A counselor of one language is in no team.
/// </summary>
public sealed class LanguageTeams(IServiceScopeFactory scopes)
{
    public async Task<List<LanguageTeam>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var counselors = await scope.ServiceProvider.GetRequiredService<StaffingDbContext>().Counselors.AsNoTracking().ToListAsync(cancellationToken);
        return [.. counselors
            .Select(counselor => counselor.Skills.Select(skill => skill.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            .Where(languages => languages.Count >= 2)
            .GroupBy(languages => string.Join('+', languages), StringComparer.Ordinal)
            .Select(team => new LanguageTeam(team.First(), team.Count()))
            .OrderByDescending(team => team.Counselors).ThenBy(team => team.Name, StringComparer.Ordinal)];
    }
}

/// <summary>Languages answered together by <paramref name="Counselors"/> counselors.</summary>
public sealed record LanguageTeam(IReadOnlyList<string> Languages, int Counselors)
{
    public string Name => string.Join('+', Languages);
}
