using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Institutions;

/// <summary>
/// The directory as the rest of the server reads it: by id (a counselor's pick), by number or keyed code (the
/// institution line) and by search as you type (the softphone's picker). Held in memory, a few hundred rows at
/// most, so three-way calls and the institution line go on while PostgreSQL is down.
/// </summary>
public sealed class InstitutionDirectory(IServiceScopeFactory scopes, TimeProvider time, ILogger<InstitutionDirectory> logger)
{
    public const int MaxResults = 20;

    private readonly LastKnown<IReadOnlyList<Institution>> known = new(
        cancellationToken => LoadAsync(scopes, cancellationToken), TimeSpan.FromSeconds(30), time, logger);

    public Task<IReadOnlyList<Institution>> AllAsync(CancellationToken cancellationToken) => known.GetAsync(cancellationToken);

    public async Task<Institution?> FindAsync(string? id, CancellationToken cancellationToken) =>
        id is null ? null : (await AllAsync(cancellationToken)).FirstOrDefault(institution => institution.Id == id);

    /// <summary>The institution a number belongs to (its own numbers or a department's).</summary>
    public async Task<Institution?> FindByNumberAsync(string? number, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(number) ? null : (await AllAsync(cancellationToken)).FirstOrDefault(institution =>
            institution.Numbers.Contains(number) || institution.Departments.Any(department => department.Number == number));

    public async Task<Institution?> FindByCodeAsync(string? code, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(code) ? null : (await AllAsync(cancellationToken)).FirstOrDefault(institution => institution.Code == code);

    /// <summary>
    /// Institutions whose Korean or English name, kind or a department's name contains every word of
    /// <paramref name="query"/> (case-insensitive); all of them, by Korean name, for an empty query.
    /// </summary>
    public async Task<IReadOnlyList<Institution>> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. (await AllAsync(cancellationToken))
            .Where(institution => words.All(word => Matches(institution, word)))
            .OrderBy(institution => institution.NameKo, StringComparer.Ordinal)
            .Take(MaxResults)];
    }

    /// <summary>After a change saved through this instance.</summary>
    public void Changed() => known.Forget();

    private static bool Matches(Institution institution, string word) =>
        institution.NameKo.Contains(word, StringComparison.OrdinalIgnoreCase) ||
        institution.NameEn.Contains(word, StringComparison.OrdinalIgnoreCase) ||
        institution.Kind.Contains(word, StringComparison.OrdinalIgnoreCase) ||
        institution.Departments.Any(department => department.Name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static async Task<IReadOnlyList<Institution>> LoadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InstitutionsDbContext>().Institutions.AsNoTracking()
            .OrderBy(institution => institution.Id).ToListAsync(cancellationToken);
    }
}
