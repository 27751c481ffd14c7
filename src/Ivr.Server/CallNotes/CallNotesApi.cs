using System.Text.Json;
using Ivr.Acd.Events;
using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallNotes;

/// <summary>
/// A call's wrap-up notes (<c>GET /api/calls/{callSid}/notes</c>), opened on the server from their sealed form. A sensitive
/// call's notes are for <see cref="NoteReaders"/> only, and every read of them, and every refusal, is audited.
/// </summary>
public static class CallNotesApi
{
    public const string ReadAction = "call-notes.read";
    public const string RefusedAction = "call-notes.refused";

    public sealed record CallNote(string? Counselor, DateTimeOffset At, string? ResidencyStatus, string? Topic, string? Note);

    public sealed record CallNotesView(string CallSid, bool Sensitive, IReadOnlyList<CallNote> Notes);

    public static IEndpointRouteBuilder MapCallNotes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/calls/{callSid}/notes", ReadAsync).WithName("call-notes").WithTags("Call notes")
            .RequireAuthorization(policy => policy.RequireRole(Roles.All));
        return endpoints;
    }

    private static async Task<Results<Ok<CallNotesView>, NotFound, ForbidHttpResult, ValidationProblem>> ReadAsync(
        string callSid, HttpContext context, RecordsDbContext records, NoteReaders readers, NoteProtector protector, AuditLog audit,
        CancellationToken cancellationToken)
    {
        if (callSid.Length > 64)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["callSid"] = ["A call id has at most 64 characters."] });
        }
        var call = await records.Calls.AsNoTracking().Where(row => row.CallSid == callSid)
            .Select(row => new { row.Sensitive, row.CallbackOf }).SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        // A callback to a victim of crime is as sensitive as their call.
        var sensitive = call.Sensitive || (call.CallbackOf is { } original
            && await records.Calls.AnyAsync(row => row.CallSid == original && row.Sensitive, cancellationToken));
        if (!await readers.MayReadAsync(context.User, sensitive, cancellationToken))
        {
            if (sensitive)
            {
                await audit.WriteAsync(RefusedAction, callSid, cancellationToken: cancellationToken);
            }
            return TypedResults.Forbid();
        }
        var outcomes = await records.CallEvents.AsNoTracking()
            .Where(row => row.CallSid == callSid && row.Type == CallEventTypes.OutcomeRecorded)
            .OrderBy(row => row.At).Select(row => new { row.At, row.Fields }).ToListAsync(cancellationToken);
        var notes = outcomes.Select(outcome => Note(outcome.At, outcome.Fields, protector)).ToList();
        if (sensitive)
        {
            await audit.WriteAsync(ReadAction, callSid, $"{notes.Count} notes", cancellationToken: cancellationToken);
        }
        return TypedResults.Ok(new CallNotesView(callSid, sensitive, notes));
    }

    private static CallNote Note(DateTimeOffset at, string json, NoteProtector protector)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        var note = fields.TryGetValue(NoteProtector.SealedField, out var sealedNote) ? protector.Open(sealedNote) : fields.GetValueOrDefault("note");
        return new CallNote(fields.GetValueOrDefault("counselor"), at, fields.GetValueOrDefault("residencyStatus"), fields.GetValueOrDefault("topic"), note);
    }
}
