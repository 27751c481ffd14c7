using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Model;
using Ivr.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.Softphone;

/// <summary>
/// The wrap-up form's code lists (residency status, topic) from the call records' code-list table: the one source
/// the page's choices and the wrap-up validation both read. Held in memory, so wrap-ups go on while PostgreSQL is down.
/// </summary>
public sealed class WrapUpCodes(IServiceScopeFactory scopes, TimeProvider time, ILogger<WrapUpCodes> logger)
{
    private readonly LastKnown<CodeListsView> known = new(cancellationToken => LoadAsync(scopes, cancellationToken),
        TimeSpan.FromMinutes(5), time, logger);

    public Task<CodeListsView> GetAsync(CancellationToken cancellationToken) => known.GetAsync(cancellationToken);

    private static async Task<CodeListsView> LoadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().CodeLists.AsNoTracking()
            .Where(row => row.List == CodeLists.ResidencyStatus || row.List == CodeLists.Topic)
            .OrderBy(row => row.SortOrder).ThenBy(row => row.Code)
            .Select(row => new { row.List, row.Code, row.Name }).ToListAsync(cancellationToken);
        return new CodeListsView(
            [.. rows.Where(row => row.List == CodeLists.ResidencyStatus).Select(row => new CodeView(row.Code, row.Name))],
            [.. rows.Where(row => row.List == CodeLists.Topic).Select(row => new CodeView(row.Code, row.Name))]);
    }

    /// <summary>The validation errors of a wrap-up form (codes not in their list), keyed by field; empty when valid.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(string? residencyStatus, string? topic, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var lists = await GetAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(residencyStatus) && lists.ResidencyStatuses.All(code => code.Code != residencyStatus.Trim()))
        {
            errors["residencyStatus"] = [$"'{residencyStatus}' is not in the residency-status code list."];
        }
        if (!string.IsNullOrWhiteSpace(topic) && lists.Topics.All(code => code.Code != topic.Trim()))
        {
            errors["topic"] = [$"'{topic}' is not in the topic code list."];
        }
        return errors;
    }
}

public sealed record CodeView(string Code, string Name);

public sealed record CodeListsView(IReadOnlyList<CodeView> ResidencyStatuses, IReadOnlyList<CodeView> Topics);
